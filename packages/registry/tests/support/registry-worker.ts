/**
 * Source of the worker each child process runs against the compiled registry (see
 * compiled-registry.ts). Kept as text because child processes cannot load TypeScript.
 */
export const REGISTRY_WORKER_SOURCE = `
import { existsSync } from 'node:fs'
import { Readable } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import { ModelRegistry } from './index.js'

const [command, root, barrier, ...args] = process.argv.slice(2)
const endpoint = process.env.REGISTRY_S3_ENDPOINT
const registry = ModelRegistry.open(
  root,
  endpoint
    ? { s3: { endpoint, region: 'us-east-1', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } } }
    : {}
)
const report = (value) => process.stdout.write(JSON.stringify(value))
while (!existsSync(barrier)) await sleep(2)
try {
  if (command === 'promote') {
    const [model, alias, version, expected] = args
    const options = { actor: 'pid-' + process.pid }
    if (expected !== undefined) options.expect = expected === 'none' ? null : Number(expected)
    const entry = await registry.promote(model, alias, Number(version), options)
    report({ ok: true, seq: entry.seq, version: entry.version })
  } else if (command === 'register') {
    const [model, content] = args
    const { manifest } = await registry.register(model, [{ name: 'model.bin', content }])
    report({ ok: true, version: manifest.version })
  } else if (command === 'register-slowly') {
    const [model] = args
    const chunk = Buffer.alloc(1024 * 1024, 7)
    let opens = 0
    const open = () => {
      const slow = ++opens > 1
      let sent = 0
      return new Readable({
        async read() {
          if (slow) await sleep(20)
          this.push(sent++ < 64 ? chunk : null)
        }
      })
    }
    await registry.register(model, [{ name: 'weights.bin', open }])
    report({ ok: true })
  }
} catch (error) {
  report({ ok: false, name: error.name, actual: error.actual, message: error.message })
}
`
