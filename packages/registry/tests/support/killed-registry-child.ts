import { ModelRegistry, openStore, type BlobStore } from '@ml-actions/registry'

/**
 * One registry operation in a process of its own, killed with SIGKILL just before its k-th write
 * (KILL_AT_WRITE=k) to the store; without KILL_AT_WRITE it runs through and prints its write count.
 * Usage: registry-child.ts <register|promote|rollback|gc> <registry dir or s3://bucket/prefix> <model file>
 * An s3:// root is opened against REGISTRY_S3_ENDPOINT with s3rver's credentials.
 */
const [operation, root, modelFile] = process.argv.slice(2)
const killAt = Number(process.env.KILL_AT_WRITE ?? 'Infinity')
let writes = 0

function killingStore(store: BlobStore): BlobStore {
  const write =
    <A extends unknown[], R>(method: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      writes++
      if (process.env.KILL_TRACE) process.stderr.write(`write ${writes}: ${String(args[0])}\n`)
      if (writes === killAt) process.kill(process.pid, 'SIGKILL')
      return method.apply(store, args)
    }
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver)
      if (property === 'put' || property === 'putIfAbsent' || property === 'delete') {
        return write(value as (...args: unknown[]) => Promise<unknown>)
      }
      return typeof value === 'function' ? value.bind(target) : value
    }
  })
}

const endpoint = process.env.REGISTRY_S3_ENDPOINT
const store = openStore(root, {
  ...(endpoint
    ? {
        s3: {
          endpoint,
          region: 'us-east-1',
          credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }
        }
      }
    : {})
})
const registry = new ModelRegistry(killingStore(store))
switch (operation) {
  case 'register':
    await registry.register('digits', [{ path: modelFile as string, name: 'model.onnx' }], {
      metrics: { accuracy: 0.97 },
      idempotencyKey: 'kill-test:1:1',
      // The evaluation predictions are one more blob before the manifest (train-evaluate's).
      predictions: { name: 'predictions.csv', content: 'id,label,prediction\n0,1,1\n1,0,1\n' }
    })
    break
  case 'promote':
    await registry.promote('digits', 'production', 2)
    break
  case 'rollback':
    await registry.rollback('digits', 'production')
    break
  case 'gc':
    await registry.gc({ gracePeriodMs: 0 })
    break
  default:
    throw new Error(`unknown operation ${operation}`)
}
process.stdout.write(`${JSON.stringify({ writes })}\n`)
