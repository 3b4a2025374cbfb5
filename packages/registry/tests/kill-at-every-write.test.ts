import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LocalDirectoryStore, ModelRegistry } from '../src/index.js'

/**
 * Each registry operation runs in a child process that SIGKILLs itself just before its k-th write to
 * the store, for every k. After each kill: `verify` finds nothing half-written, every alias points at
 * a complete version, the operation run again completes, and `gc` removes what the kill left.
 */

const KILL = fileURLToPath(new URL('../../../tests/support/kill/', import.meta.url))
type Operation = 'register' | 'promote' | 'rollback' | 'gc'

function child(
  operation: Operation,
  root: string,
  model: string,
  killAt?: number
): Promise<{ signal: NodeJS.Signals | null; writes?: number }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        '--import',
        join(KILL, 'ts-loader.mjs'),
        join(KILL, 'registry-child.ts'),
        operation,
        root,
        model
      ],
      { env: { ...process.env, ...(killAt ? { KILL_AT_WRITE: String(killAt) } : {}) } },
      (error, stdout) => {
        const signal = (error as { signal?: NodeJS.Signals } | null)?.signal ?? null
        if (error && signal === null) throw error
        resolve({ signal, ...(stdout ? (JSON.parse(stdout) as { writes: number }) : {}) })
      }
    )
  })
}

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort()
}

/** The state each operation starts from: v1 and v2 registered, production at 1 (then 2 for rollback). */
async function baseRegistry(operation: Operation): Promise<string> {
  const root = join(await mkdtemp(join(tmpdir(), `kill-${operation}-`)), 'registry')
  const registry = new ModelRegistry(new LocalDirectoryStore(root))
  await registry.register('digits', [{ name: 'model.onnx', content: 'base model' }])
  if (operation === 'register') return root
  await registry.register('digits', [{ name: 'model.onnx', content: 'second model' }])
  await registry.promote('digits', 'production', 1)
  if (operation === 'rollback') await registry.promote('digits', 'production', 2)
  if (operation === 'gc') {
    // Debris for gc to find: a registration killed after its blob upload and claim, before its manifest.
    const debris = join(root, '..', 'debris.onnx')
    await writeFile(debris, 'a model whose registration died')
    expect((await child('register', root, debris, 3)).signal).toBe('SIGKILL')
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

const EFFECT: Record<Operation, (registry: ModelRegistry) => Promise<void>> = {
  // The number a killed registration claimed stays unused; the re-run takes the next one.
  register: async (registry) => {
    const versions = await registry.listVersions('digits')
    expect(versions).toHaveLength(2)
    const manifest = await registry.get('digits', versions[1] as number)
    expect(manifest.files).toHaveLength(1)
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
      idempotencyKey: 'kill-test:1:1'
    })
  // A rollback killed after its move is already done; a second one would roll back further.
  if (operation === 'promote') await registry.promote('digits', 'production', 2)
  if (operation === 'rollback' && (await registry.aliases('digits')).production !== 1)
    await registry.rollback('digits', 'production')
  if (operation === 'gc') await registry.gc({ gracePeriodMs: 0 })
}

describe('SIGKILL at every write of the local registry', () => {
  it.each<Operation>(['register', 'promote', 'rollback', 'gc'])('%s', async (operation) => {
    const model = join(await mkdtemp(join(tmpdir(), 'kill-model-')), 'model.onnx')
    await writeFile(model, 'first model')
    const base = await baseRegistry(operation)
    await cp(base, `${base}-count`, { recursive: true })
    const { writes = 0 } = await child(operation, `${base}-count`, model)
    expect(writes).toBeGreaterThan(0)
    const outcomes: string[] = []
    for (let killAt = 1; killAt <= writes; killAt++) {
      const root = `${base}-kill-${killAt}`
      await cp(base, root, { recursive: true })
      const run = await child(operation, root, model, killAt)
      expect(run.signal).toBe('SIGKILL')
      const registry = new ModelRegistry(new LocalDirectoryStore(root))
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
    expect(await filesUnder(base)).not.toEqual([])
    process.stderr.write(`${operation}: ${writes} writes; ${outcomes.join(', ')}\n`)
  })
})
