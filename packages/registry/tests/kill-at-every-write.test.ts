import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { cp, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readBytes } from '../src/blob-store.js'
import { LocalDirectoryStore, ModelRegistry } from '../src/index.js'
import {
  startS3TestServer,
  TEST_BUCKET,
  testS3Store,
  uniquePrefix,
  type S3TestServer
} from './support/s3-test-server.js'

/**
 * Each registry operation runs in a child process that SIGKILLs itself just before its k-th write to
 * the store, for every k. After each kill: `verify` finds nothing half-written, every alias points at
 * a complete version, the operation run again completes, and `gc` removes what the kill left.
 */

const SUPPORT = fileURLToPath(new URL('./support/', import.meta.url))
type Operation = 'register' | 'promote' | 'rollback' | 'gc'

/** Where a registry lives for one kill: a directory, or a prefix of the s3rver bucket. */
interface KillBackend {
  /** Passed to the child as its registry root. */
  newRoot(label: string): Promise<string>
  open(root: string): ModelRegistry
  /** A copy of the registry at `from`, so each kill starts from the same state. */
  copy(from: string, to: string): Promise<void>
  childEnv(): Record<string, string>
}

const localKillBackend: KillBackend = {
  newRoot: async (label) => join(await mkdtemp(join(tmpdir(), `kill-${label}-`)), 'registry'),
  open: (root) => new ModelRegistry(new LocalDirectoryStore(root)),
  copy: (from, to) => cp(from, to, { recursive: true }),
  childEnv: () => ({})
}

function s3KillBackend(server: () => S3TestServer): KillBackend {
  const prefixOf = (root: string) => root.slice(`s3://${TEST_BUCKET}/`.length)
  const store = (root: string) => testS3Store(server().proxiedEndpoint, prefixOf(root))
  return {
    newRoot: async (label) => `s3://${TEST_BUCKET}/${uniquePrefix(`kill-${label}`)}`,
    open: (root) => new ModelRegistry(store(root)),
    async copy(from, to) {
      const source = store(from)
      const target = store(to)
      for await (const { key } of source.list(''))
        await target.put(key, await readBytes(source, key))
    },
    childEnv: () => ({ REGISTRY_S3_ENDPOINT: server().proxiedEndpoint })
  }
}

function child(
  backend: KillBackend,
  operation: Operation,
  root: string,
  model: string,
  killAt?: number
): Promise<{ signal: NodeJS.Signals | null; writes?: number }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        '--import',
        fileURLToPath(new URL('../../../scripts/ts-loader.mjs', import.meta.url)),
        join(SUPPORT, 'killed-registry-child.ts'),
        operation,
        root,
        model
      ],
      {
        env: {
          ...process.env,
          ...backend.childEnv(),
          ...(killAt ? { KILL_AT_WRITE: String(killAt) } : {})
        }
      },
      (error, stdout) => {
        const signal = (error as { signal?: NodeJS.Signals } | null)?.signal ?? null
        if (error && signal === null) return reject(error)
        resolve({ signal, ...(stdout ? (JSON.parse(stdout) as { writes: number }) : {}) })
      }
    )
  })
}

async function keysOf(registry: ModelRegistry): Promise<string[]> {
  const keys: string[] = []
  for await (const { key } of registry.store.list('')) keys.push(key)
  return keys
}

/** The state each operation starts from: v1 and v2 registered, production at 1 (then 2 for rollback). */
async function baseRegistry(backend: KillBackend, operation: Operation): Promise<string> {
  const root = await backend.newRoot(operation)
  const registry = backend.open(root)
  await registry.register('digits', [{ name: 'model.onnx', content: 'base model' }])
  if (operation === 'register') return root
  await registry.register('digits', [{ name: 'model.onnx', content: 'second model' }])
  await registry.promote('digits', 'production', 1)
  if (operation === 'rollback') await registry.promote('digits', 'production', 2)
  if (operation === 'gc') {
    // Debris for gc to find: a registration killed after its blob upload and claim, before its manifest.
    const debris = join(await mkdtemp(join(tmpdir(), 'kill-debris-')), 'debris.onnx')
    await writeFile(debris, 'a model whose registration died')
    expect((await child(backend, 'register', root, debris, 3)).signal).toBe('SIGKILL')
  }
  return root
}

async function expectConsistent(registry: ModelRegistry): Promise<void> {
  const report = await registry.verify()
  expect(report.problems).toEqual([])
  expect(report.ok).toBe(true)
  for (const version of Object.values(await registry.aliases('digits'))) {
    const manifest = await registry.get('digits', version)
    expect(manifest.files.length).toBeGreaterThan(0)
  }
}

/** As support/killed-registry-child.ts registers them with the version. */
const PREDICTIONS = 'id,label,prediction\n0,1,1\n1,0,1\n'

const EFFECT: Record<Operation, (registry: ModelRegistry) => Promise<void>> = {
  // The number a killed registration claimed stays unused; the re-run takes the next one.
  register: async (registry) => {
    const versions = await registry.listVersions('digits')
    expect(versions).toHaveLength(2)
    const manifest = await registry.get('digits', versions[1] as number)
    expect(manifest.files).toHaveLength(1)
    // The predictions blob, written before the manifest, is there and whole (verify re-hashes it).
    const predictions = await registry.predictions(manifest)
    expect(Buffer.from(predictions?.bytes ?? []).toString()).toBe(PREDICTIONS)
  },
  promote: async (registry) => expect((await registry.aliases('digits')).production).toBe(2),
  rollback: async (registry) => expect((await registry.aliases('digits')).production).toBe(1),
  gc: async (registry) => {
    expect(await registry.listVersions('digits')).toEqual([1, 2])
  }
}

async function rerun(operation: Operation, registry: ModelRegistry, model: string): Promise<void> {
  if (operation === 'register')
    await registry.register('digits', [{ path: model, name: 'model.onnx' }], {
      metrics: { accuracy: 0.97 },
      idempotencyKey: 'kill-test:1:1',
      predictions: { name: 'predictions.csv', content: PREDICTIONS }
    })
  // A rollback killed after its move is already done; a second one would roll back further.
  if (operation === 'promote') await registry.promote('digits', 'production', 2)
  if (operation === 'rollback' && (await registry.aliases('digits')).production !== 1)
    await registry.rollback('digits', 'production')
  if (operation === 'gc') await registry.gc({ gracePeriodMs: 0 })
}

/**
 * Kills before every write, or before the writes `sample` picks (s3rver costs about a second a
 * child); returns one line per kill for the table in docs/registry.md.
 */
async function killAtEveryWrite(
  backend: KillBackend,
  operation: Operation,
  sample: (writes: number) => number[] = (writes) => Array.from({ length: writes }, (_, i) => i + 1)
): Promise<string> {
  const model = join(await mkdtemp(join(tmpdir(), 'kill-model-')), 'model.onnx')
  await writeFile(model, 'first model')
  const base = await baseRegistry(backend, operation)
  const counting = await backend.newRoot(`${operation}-count`)
  await backend.copy(base, counting)
  const { writes = 0 } = await child(backend, operation, counting, model)
  expect(writes).toBeGreaterThan(0)
  const outcomes: string[] = []
  for (const killAt of sample(writes)) {
    const root = await backend.newRoot(`${operation}-kill-${killAt}`)
    await backend.copy(base, root)
    const run = await child(backend, operation, root, model, killAt)
    expect(run.signal).toBe('SIGKILL')
    const registry = backend.open(root)
    await expectConsistent(registry)
    await rerun(operation, registry, model)
    await EFFECT[operation](registry).catch((error: Error) => {
      throw new Error(`killed before write ${killAt} of ${writes}: ${error.message}`)
    })
    const collected = await registry.gc({ gracePeriodMs: 0 })
    await expectConsistent(registry)
    const again = await registry.gc({ gracePeriodMs: 0 })
    expect([...again.removedBlobs, ...again.removedClaims, ...again.removedPartials]).toEqual([])
    outcomes.push(
      `${killAt}: ${collected.removedBlobs.length + collected.removedClaims.length + collected.removedPartials.length} left for gc after the re-run`
    )
  }
  expect(await keysOf(backend.open(base))).not.toEqual([])
  return `${operation}: ${writes} writes; ${outcomes.join(', ')}`
}

describe('SIGKILL at every write of the local registry', () => {
  it.each<Operation>(['register', 'promote', 'rollback', 'gc'])('%s', async (operation) => {
    process.stderr.write(`local ${await killAtEveryWrite(localKillBackend, operation)}\n`)
  })
})

/**
 * The same kills against s3rver on loopback, through the proxy that gives it S3's create-only
 * PUT (s3rver alone ignores If-None-Match, so two writers could both claim a version).
 */
describe('SIGKILL at every write of an S3 registry (s3rver)', () => {
  let server: S3TestServer | undefined
  const backend = s3KillBackend(() => {
    if (!server) throw new Error('s3rver not started')
    return server
  })
  beforeAll(async () => {
    server = await startS3TestServer()
  })
  afterAll(async () => {
    await server?.close()
  })

  it.each<Operation>(['register', 'promote', 'rollback', 'gc'])('%s', async (operation) => {
    process.stderr.write(`s3 ${await killAtEveryWrite(backend, operation)}\n`)
  })
})
