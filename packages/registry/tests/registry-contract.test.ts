import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { ConfigurationError } from '@ml-actions/core/errors'
import { readBytes, type BlobStore } from '../src/blob-store.js'
import { ConcurrencyError, IntegrityError } from '../src/errors.js'
import { layout } from '../src/layout.js'
import { lineageFromEnv } from '../src/lineage.js'
import { ModelRegistry } from '../src/model-registry.js'
import { sha256Hex } from '../src/sha256-stream.js'
import { localBackend, s3Backend, type BackendFixture } from './support/backends.js'

const backends: BackendFixture[] = [localBackend(), s3Backend()]

function scratchDirectory(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'registry-scratch-'))
}

async function listKeys(store: BlobStore, prefix: string): Promise<string[]> {
  const keys: string[] = []
  for await (const info of store.list(prefix)) keys.push(info.key)
  return keys
}

/** Yields half of `bytes`, then fails: a connection or process dying mid-upload. */
function failingHalfway(bytes: Buffer): Readable {
  let sentHalf = false
  return new Readable({
    read() {
      if (sentHalf) {
        this.destroy(new Error('upload source died halfway'))
        return
      }
      sentHalf = true
      this.push(bytes.subarray(0, bytes.length >> 1))
    }
  })
}

describe.each(backends)('model registry on $name', (backend) => {
  beforeAll(() => backend.setUp())
  afterAll(() => backend.tearDown())

  const newRegistry = (options: { now?: () => Date } = {}) =>
    new ModelRegistry(backend.newStore(), options)

  test('register stores content-addressed blobs and a manifest with digests, metrics and lineage', async () => {
    const registry = newRegistry()
    const weights = Buffer.from('weights-v1')
    const lineage = lineageFromEnv(
      {
        GITHUB_SHA: 'abc123',
        GITHUB_REPOSITORY: 'org/repo',
        GITHUB_RUN_ID: '42',
        GITHUB_ACTIONS: 'true'
      },
      { datasets: [{ name: 'train', digest: 'sha256:00ff' }], frameworks: { torch: '2.5.0' } }
    )
    const { manifest, created } = await registry.register(
      'classifier',
      [
        { name: 'model.onnx', content: weights },
        { name: 'config/labels.json', content: '["cat","dog"]' }
      ],
      { metrics: { accuracy: 0.91 }, lineage }
    )
    expect(created).toBe(true)
    expect(manifest).toMatchObject({
      schemaVersion: 1,
      name: 'classifier',
      version: 1,
      metrics: { accuracy: 0.91 },
      lineage: { git: { sha: 'abc123', repository: 'org/repo' }, datasets: [{ name: 'train' }] }
    })
    expect(manifest.files).toEqual([
      { path: 'config/labels.json', sha256: sha256Hex('["cat","dog"]'), size: 13 },
      { path: 'model.onnx', sha256: sha256Hex(weights), size: weights.length }
    ])
    expect(Date.parse(manifest.createdAt)).not.toBeNaN()
    expect(await readBytes(registry.store, layout.blob(sha256Hex(weights)))).toEqual(weights)
    expect(await registry.get('classifier', 1)).toEqual(manifest)
    expect(await registry.listVersions('classifier')).toEqual([1])
    expect(await registry.list()).toEqual([
      { name: 'classifier', versions: [1], latest: 1, aliases: {} }
    ])
    expect((await registry.events('classifier')).map((event) => event.type)).toEqual(['register'])
  })

  test('versions number upward and identical files are stored once', async () => {
    const registry = newRegistry()
    const files = [{ name: 'model.bin', content: 'same bytes' }]
    expect((await registry.register('m', files)).manifest.version).toBe(1)
    expect((await registry.register('m', files)).manifest.version).toBe(2)
    expect(await registry.listVersions('m')).toEqual([1, 2])
    expect(await listKeys(registry.store, 'blobs/')).toHaveLength(1)
  })

  test('registers files and directories from disk', async () => {
    const registry = newRegistry()
    const source = scratchDirectory()
    await mkdir(path.join(source, 'model', 'tokenizer'), { recursive: true })
    await writeFile(path.join(source, 'model', 'weights.bin'), Buffer.alloc(100_000, 7))
    await writeFile(path.join(source, 'model', 'tokenizer', 'vocab.txt'), 'a\nb\n')
    await writeFile(path.join(source, 'card.md'), '# card')
    const { manifest } = await registry.register('dir-model', ['model', 'card.md'], { cwd: source })
    expect(manifest.files.map((file) => file.path)).toEqual([
      'card.md',
      'tokenizer/vocab.txt',
      'weights.bin'
    ])
    await expect(registry.register('dir-model', ['missing.bin'], { cwd: source })).rejects.toThrow(
      /missing\.bin/
    )
  })

  test('re-registering the same content with the same idempotency key returns the existing version', async () => {
    const registry = newRegistry()
    const files = [{ name: 'model.bin', content: 'run 7 output' }]
    const first = await registry.register('m', files, { idempotencyKey: 'org/repo:7:1' })
    const again = await new ModelRegistry(backend.reopen(registry.store)).register('m', files, {
      idempotencyKey: 'org/repo:7:1'
    })
    expect(again).toEqual({ manifest: first.manifest, created: false })
    const otherContent = await registry.register(
      'm',
      [{ name: 'model.bin', content: 'different' }],
      {
        idempotencyKey: 'org/repo:7:1'
      }
    )
    const otherAttempt = await registry.register('m', files, { idempotencyKey: 'org/repo:7:2' })
    expect([otherContent.manifest.version, otherAttempt.manifest.version]).toEqual([2, 3])
    expect(await registry.listVersions('m')).toEqual([1, 2, 3])
  })

  test('the idempotency token covers the predictions: the same key and model with other predictions is a new version', async () => {
    const registry = newRegistry()
    const files = [{ name: 'model.bin', content: 'run 8 output' }]
    const key = { idempotencyKey: 'org/repo:8:1' }
    const predictions = (rows: string) => ({
      ...key,
      predictions: { name: 'predictions.csv', content: `id,label,prediction\n${rows}` }
    })
    const first = await registry.register('m', files, predictions('0,1,1\n'))
    const retried = await registry.register('m', files, predictions('0,1,1\n'))
    expect(retried).toEqual({ manifest: first.manifest, created: false })
    const relabelled = await registry.register('m', files, predictions('0,1,0\n'))
    expect(relabelled.created).toBe(true)
    expect(relabelled.manifest.version).toBe(2)
    expect(relabelled.manifest.predictions?.sha256).not.toBe(first.manifest.predictions?.sha256)
    // Without predictions the token stays the one registered before predictions existed.
    const bare = await registry.register('m', files, key)
    expect(bare.manifest.idempotencyToken).toBe(
      sha256Hex(`org/repo:8:1\n${first.manifest.contentDigest}`)
    )
    expect([first, relabelled, bare].map((r) => r.manifest.version)).toEqual([1, 2, 3])
  })

  test('resolve understands name, name@latest, name/<n>, name:<n> and name@alias', async () => {
    const registry = newRegistry()
    await registry.register('m', [{ name: 'a', content: '1' }])
    await registry.register('m', [{ name: 'a', content: '2' }])
    await registry.promote('m', 'prod', 1, { expect: null, actor: 'test' })
    expect((await registry.resolve('m')).version).toBe(2)
    expect(await registry.resolve('m@latest')).toMatchObject({ version: 2, alias: 'latest' })
    expect(await registry.resolve('m/1')).toMatchObject({ name: 'm', version: 1 })
    expect((await registry.resolve('m:2')).version).toBe(2)
    expect(await registry.resolve('m@prod')).toMatchObject({ version: 1, alias: 'prod' })
    await expect(registry.resolve('m@staging')).rejects.toThrow(ConfigurationError)
    await expect(registry.resolve('m/9')).rejects.toThrow(/no version 9/)
    await expect(registry.resolve('nobody')).rejects.toThrow(/has no versions/)
    await expect(registry.resolve('bad name!')).rejects.toThrow(ConfigurationError)
  })

  test('download writes verified files and nothing else', async () => {
    const registry = newRegistry()
    const big = Buffer.alloc(3 * 1024 * 1024 + 17, 0x5a)
    await registry.register('m', [
      { name: 'weights/big.bin', content: big },
      { name: 'meta.json', content: '{}' }
    ])
    const destination = scratchDirectory()
    const result = await registry.download('m', 1, destination)
    expect(result.files).toEqual([
      path.join(destination, 'meta.json'),
      path.join(destination, 'weights', 'big.bin')
    ])
    expect((await readFile(path.join(destination, 'weights', 'big.bin'))).equals(big)).toBe(true)
    expect((await readdir(destination)).sort()).toEqual(['meta.json', 'weights'])
  })

  test('a corrupted blob is detected on download and by verify, and no file reaches the final path', async () => {
    const registry = newRegistry()
    const weights = Buffer.from('the real weights, several bytes long')
    await registry.register('m', [
      { name: 'a-config.json', content: '{"ok":true}' },
      { name: 'model.onnx', content: weights }
    ])
    const key = layout.blob(sha256Hex(weights))
    const tampered = Buffer.from(await readBytes(registry.store, key))
    tampered[5] = (tampered[5] ?? 0) ^ 0xff
    await registry.store.put(key, tampered)

    const destination = scratchDirectory()
    const failure = await registry.download('m', 1, destination).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(IntegrityError)
    expect((failure as IntegrityError).message).toMatch(/model\.onnx/)
    expect(await readdir(destination)).toEqual([])

    const report = await registry.verify('m')
    expect(report.ok).toBe(false)
    expect(report.problems).toEqual([
      expect.objectContaining({
        model: 'm',
        version: 1,
        file: 'model.onnx',
        problem: expect.stringMatching(/hashes to/)
      })
    ])
  })

  test('evaluation predictions are stored with the version, verified on read, kept by gc and checked by verify, never downloaded with the model', async () => {
    const registry = newRegistry()
    const predictions = Buffer.from('id,label,prediction\n0,1,1\n1,0,1\n')
    const { manifest } = await registry.register('m', [{ name: 'model.onnx', content: 'w' }], {
      predictions: { name: 'predictions.csv', content: predictions }
    })
    expect(manifest.predictions).toEqual({
      path: 'predictions.csv',
      sha256: sha256Hex(predictions),
      size: predictions.length
    })
    // The model's content digest is over the model files alone: the same weights evaluated on
    // other samples are the same model.
    const bare = await registry.register('m', [{ name: 'model.onnx', content: 'w' }])
    expect(bare.manifest.contentDigest).toBe(manifest.contentDigest)
    expect(bare.manifest.predictions).toBeUndefined()
    expect(await registry.predictions(bare.manifest)).toBeUndefined()

    const read = await registry.predictions((await registry.resolve('m/1')).manifest)
    expect(read?.path).toBe('predictions.csv')
    expect(Buffer.from(read?.bytes ?? []).equals(predictions)).toBe(true)

    const destination = scratchDirectory()
    await registry.download('m', 1, destination)
    expect(await readdir(destination)).toEqual(['model.onnx'])

    await registry.gc({ gracePeriodMs: 0 })
    expect(await registry.verify('m')).toMatchObject({ ok: true, blobs: 2 })

    const key = layout.blob(sha256Hex(predictions))
    await registry.store.put(key, Buffer.from('id,label,prediction\n0,1,1\n1,0,0\n'))
    await expect(registry.predictions(manifest)).rejects.toThrow(IntegrityError)
    expect((await registry.verify('m')).problems).toEqual([
      expect.objectContaining({ version: 1, file: 'predictions.csv' })
    ])
  })

  test('predictions must be one file with a safe name', async () => {
    const registry = newRegistry()
    const directory = scratchDirectory()
    await writeFile(path.join(directory, 'a.csv'), 'id,label,prediction\n')
    await writeFile(path.join(directory, 'b.csv'), 'id,label,prediction\n')
    await expect(
      registry.register('m', [{ name: 'model.onnx', content: 'w' }], { predictions: directory })
    ).rejects.toThrow(/predictions must be one file .* got 2/)
    await expect(
      registry.register('m', [{ name: 'model.onnx', content: 'w' }], {
        predictions: path.join(directory, 'missing.csv')
      })
    ).rejects.toThrow(/^predictions: Predictions file .* does not exist/)
    expect(await registry.listVersions('m')).toEqual([])
  })

  test('verify passes on a healthy registry', async () => {
    const registry = newRegistry()
    await registry.register('a', [{ name: 'x', content: 'x' }])
    await registry.register('b', [
      { name: 'x', content: 'x' },
      { name: 'y', content: 'y' }
    ])
    await registry.promote('b', 'prod', 1, { actor: 'test' })
    expect(await registry.verify()).toEqual({
      ok: true,
      models: 2,
      versions: 2,
      blobs: 2,
      problems: []
    })
  })

  test('promote is a compare-and-swap over an append-only log; history and rollback read it', async () => {
    const registry = newRegistry()
    for (const content of ['1', '2', '3']) await registry.register('m', [{ name: 'a', content }])

    await registry.promote('m', 'prod', 1, { expect: null, actor: 'alice', reason: 'first' })
    await registry.promote('m', 'prod', 2, {
      expect: 1,
      actor: 'bob',
      decisionRef: 'records/decision/x.json'
    })
    const stale = await registry
      .promote('m', 'prod', 3, { expect: 1, actor: 'carol' })
      .catch((e: unknown) => e)
    expect(stale).toBeInstanceOf(ConcurrencyError)
    expect(stale).toMatchObject({ expected: 1, actual: 2, alias: 'prod' })
    await expect(registry.promote('m', 'prod', 3, { expect: null })).rejects.toMatchObject({
      actual: 2
    })
    await expect(registry.promote('m', 'prod', 9, { expect: 2 })).rejects.toThrow(/no version 9/)
    await expect(registry.promote('m', 'latest', 1)).rejects.toThrow(/reserved/)

    const rolledBack = await registry.rollback('m', 'prod', {
      actor: 'oncall',
      reason: 'p95 regression'
    })
    expect(rolledBack).toMatchObject({ seq: 3, action: 'rollback', version: 1, previousVersion: 2 })
    expect((await registry.resolve('m@prod')).version).toBe(1)
    await registry.rollback('m', 'prod', { to: 3, actor: 'oncall' })
    expect(await registry.aliases('m')).toEqual({ prod: 3 })

    const history = await registry.history('m', 'prod')
    expect(
      history.map((entry) => [
        entry.seq,
        entry.action,
        entry.previousVersion,
        entry.version,
        entry.actor
      ])
    ).toEqual([
      [4, 'rollback', 1, 3, 'oncall'],
      [3, 'rollback', 2, 1, 'oncall'],
      [2, 'promote', 1, 2, 'bob'],
      [1, 'promote', null, 1, 'alice']
    ])
    expect(history[2]?.decisionRef).toBe('records/decision/x.json')
    expect(history[3]?.reason).toBe('first')
    expect((await registry.events('m')).map((event) => event.type).sort()).toEqual([
      'promote',
      'promote',
      'register',
      'register',
      'register',
      'rollback',
      'rollback'
    ])
    await expect(registry.rollback('m', 'staging')).rejects.toThrow(/never been set/)
  })

  test('concurrent promoters: exactly one wins each sequence number', async () => {
    const registry = newRegistry()
    const racers = 6
    for (let i = 1; i <= racers; i++)
      await registry.register('m', [{ name: 'a', content: `v${i}` }])
    const instances = Array.from(
      { length: racers },
      () => new ModelRegistry(backend.reopen(registry.store))
    )

    const firstRound = await Promise.allSettled(
      instances.map((instance, i) =>
        instance.promote('m', 'prod', i + 1, { expect: null, actor: `racer-${i}` })
      )
    )
    const winners = firstRound.filter((result) => result.status === 'fulfilled')
    expect(winners).toHaveLength(1)
    const winningVersion = (winners[0] as PromiseFulfilledResult<{ version: number }>).value.version
    for (const result of firstRound) {
      if (result.status === 'rejected') {
        expect(result.reason).toBeInstanceOf(ConcurrencyError)
        expect(result.reason).toMatchObject({ expected: null, actual: winningVersion })
      }
    }

    const secondRound = await Promise.all(
      instances.map((instance, i) => instance.promote('m', 'prod', i + 1, { actor: `racer-${i}` }))
    )
    expect(secondRound.map((entry) => entry.seq).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7])
    const log = (await registry.history('m', 'prod')).reverse()
    expect(log.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5, 6, 7])
    for (let i = 1; i < log.length; i++) {
      expect(log[i]?.previousVersion).toBe(log[i - 1]?.version)
    }
  })

  test('concurrent registrations get distinct version numbers', async () => {
    const registry = newRegistry()
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        new ModelRegistry(backend.reopen(registry.store)).register('m', [
          { name: 'a', content: `c${i}` }
        ])
      )
    )
    expect(results.map((result) => result.manifest.version).sort()).toEqual([1, 2, 3, 4, 5])
  })

  test('bytes given to register are left as they were, next to files read through reused buffers', async () => {
    const registry = newRegistry()
    const directory = scratchDirectory()
    const given = Buffer.alloc(4 * 1024 * 1024, 1) // exactly one digest chunk
    const onDisk = Buffer.alloc(4 * 1024 * 1024, 2)
    await writeFile(path.join(directory, 'b.bin'), onDisk)
    const { manifest } = await registry.register('m', [
      { name: 'a.bin', content: given },
      path.join(directory, 'b.bin')
    ])
    expect(given.every((byte) => byte === 1)).toBe(true)
    expect(manifest.files.map((file) => file.sha256)).toEqual([sha256Hex(given), sha256Hex(onDisk)])
    const destination = scratchDirectory()
    await registry.download('m', 1, destination)
    expect((await readFile(path.join(destination, 'a.bin'))).equals(given)).toBe(true)
    expect((await readFile(path.join(destination, 'b.bin'))).equals(onDisk)).toBe(true)
  })

  test('a file that changes between hashing and upload is refused, and nothing is stored for it', async () => {
    const registry = newRegistry()
    const hashed = Buffer.alloc(300_000, 4)
    const uploaded = Buffer.from(hashed)
    uploaded[299_999] = 5 // same length, last byte differs: only the final digest can tell
    let opens = 0
    const failure = await registry
      .register('m', [
        { name: 'b.bin', open: () => Readable.from([++opens === 1 ? hashed : uploaded]) }
      ])
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(IntegrityError)
    expect(String(failure)).toMatch(/<stream b\.bin> changed while it was being uploaded/)
    expect(await listKeys(registry.store, 'blobs/')).toEqual([])
    expect(await registry.listVersions('m')).toEqual([])
  })

  test('an upload that dies midway leaves no visible version, and gc removes its debris', async () => {
    let clock = new Date()
    const registry = newRegistry({ now: () => clock })
    const first = Buffer.alloc(200_000, 1)
    const second = Buffer.alloc(300_000, 2)
    let opens = 0
    await expect(
      registry.register('m', [
        { name: 'a.bin', content: first },
        {
          name: 'b.bin',
          open: () => (++opens === 1 ? Readable.from([second]) : failingHalfway(second))
        }
      ])
    ).rejects.toThrow(/died halfway/)
    expect(await registry.listVersions('m')).toEqual([])
    expect(await registry.list()).toEqual([])
    await expect(registry.resolve('m')).rejects.toThrow(ConfigurationError)
    expect(await listKeys(registry.store, 'blobs/')).toEqual([layout.blob(sha256Hex(first))])

    // A registration that died after claiming its number (e.g. killed before the manifest).
    await registry.store.putIfAbsent(layout.claim('m', 1), Buffer.from('{}'))
    expect(await registry.listVersions('m')).toEqual([])

    expect(await registry.gc()).toMatchObject({ removedClaims: [], removedBlobs: [] })
    clock = new Date(Date.now() + 25 * 3600 * 1000)
    const preview = await registry.gc({ dryRun: true })
    expect(preview).toMatchObject({
      dryRun: true,
      removedClaims: [layout.claim('m', 1)],
      removedBlobs: [layout.blob(sha256Hex(first))],
      freedBytes: first.length
    })
    expect(await listKeys(registry.store, 'blobs/')).toHaveLength(1)
    await registry.gc()
    expect(await listKeys(registry.store, '')).toEqual([])

    const { manifest } = await registry.register('m', [{ name: 'a.bin', content: first }])
    expect(manifest.version).toBe(1)
    await registry.gc({ gracePeriodMs: 0 })
    expect(await registry.verify()).toMatchObject({ ok: true, blobs: 1 })
  })

  test('records are immutable: content-addressed or keyed, identical rewrites accepted', async () => {
    const registry = newRegistry()
    const decision = { verdict: 'approve', rules: [{ id: 'acc', observed: 0.9 }] }
    const addressed = await registry.putRecord('decision', decision)
    expect(addressed.ref).toBe(`records/decision/sha256-${addressed.sha256}.json`)
    expect(
      await registry.putRecord('decision', { rules: decision.rules, verdict: 'approve' })
    ).toEqual(addressed)
    expect(await registry.getRecord(addressed.ref)).toEqual(decision)

    const keyed = await registry.putRecord('report', { p95: 12 }, { key: 'run-42' })
    expect(keyed.ref).toBe('records/report/run-42.json')
    await expect(registry.putRecord('report', { p95: 13 }, { key: 'run-42' })).rejects.toThrow(
      /immutable/
    )
    await expect(registry.getRecord('records/report/run-43.json')).rejects.toThrow(
      ConfigurationError
    )
  })
})
