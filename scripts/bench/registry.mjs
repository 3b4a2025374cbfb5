#!/usr/bin/env node
// Registry transfer benchmark against s3rver on loopback:
//   (a) plain @aws-sdk/lib-storage Upload + GetObject stream,
//   (b) the same file through ModelRegistry.register + download (sha256 while streaming, verified).
// Each side runs in its own child process so its peak RSS is its own. Size: BENCH_SIZE_MB (1024).
// Dirty pages are flushed before every timed phase and each side's download is deleted after it:
// otherwise the kernel writes back the earlier side's gigabytes during the later side's timing
// (plain measured against itself that way scored 0.81-0.83 on download). Each side downloads three
// times, in the order plain, ours (each right after its upload), then ours, plain, plain, ours, and
// each side's three are averaged: a drift of the machine during the run weighs on both sides alike,
// and with two runs a side the ratio still strayed by ±0.1 between identical runs.
// Targets: throughput ours/plain >= 0.9, peak RSS < 200 MB; the last stdout line is BENCH_RESULTS.
// The registry is TypeScript and Node 20 cannot load it, so it is compiled with swc into a temp
// directory first (see registry-build.mjs).
import { spawn, spawnSync } from 'node:child_process'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, open, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import { buildRegistry } from './registry-build.mjs'

const MIB = 1024 * 1024
const BUCKET = 'bench'
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }
const [mode, endpoint, file, work, compiledDirectory, phases] = process.argv.slice(2)
const uploadFirst = phases === 'upload+download'

if (mode === 'plain') await report(await runPlain())
else if (mode === 'registry') await report(await runRegistry())
else await main()

async function main() {
  const sizeMb = Number(process.env.BENCH_SIZE_MB ?? 1024)
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'registry-bench-'))
  const { default: S3rver } = await import('s3rver')
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: path.join(scratch, 's3rver'),
    configureBuckets: [{ name: BUCKET }]
  })
  const compiled = await buildRegistry()
  try {
    const { port } = await s3rver.run()
    const s3Endpoint = `http://127.0.0.1:${port}`
    const source = path.join(scratch, 'model.bin')
    await generate(source, sizeMb * MIB)
    // Warm s3rver (it runs in this process) so the side measured first is not penalised.
    const warmUp = path.join(scratch, 'warm-up.bin')
    await generate(warmUp, 16 * MIB)
    await child('plain', s3Endpoint, warmUp, path.join(scratch, 'warm-up'))
    const run = (side, phase) =>
      child(side, s3Endpoint, source, path.join(scratch, side), compiled.directory, phase)
    const plainFirst = await run('plain', 'upload+download')
    const oursFirst = await run('registry', 'upload+download')
    const downloads = { plain: [], registry: [] }
    for (const side of ['registry', 'plain', 'plain', 'registry']) {
      downloads[side].push(await run(side, 'download'))
    }
    const plain = combine(plainFirst, downloads.plain)
    const ours = combine(oursFirst, downloads.registry)
    const mbps = (ms) => (sizeMb / (ms / 1000)).toFixed(1)
    const rows = [
      ['plain lib-storage', plain],
      ['ModelRegistry', ours]
    ].map(([name, r]) => ({
      name,
      'upload MB/s': mbps(r.uploadMs),
      'download MB/s': mbps(r.downloadMs),
      'peak RSS MB': r.maxRssMb.toFixed(0)
    }))
    console.log(`registry bench: ${sizeMb} MiB through s3rver on loopback`)
    console.table(rows)
    const mbpsOf = (ms) => sizeMb / (ms / 1000)
    const throughputRow = (name, oursMs, plainMs) => {
      const ratio = plainMs / oursMs
      return {
        name,
        ours: round(mbpsOf(oursMs)),
        baseline: round(mbpsOf(plainMs)),
        unit: 'MB/s',
        ratio: round(ratio, 3),
        target: '>= 0.9',
        pass: ratio >= 0.9
      }
    }
    const results = [
      throughputRow(`upload ${sizeMb} MiB`, ours.uploadMs, plain.uploadMs),
      throughputRow(`download ${sizeMb} MiB (sha256 verified)`, ours.downloadMs, plain.downloadMs),
      throughputRow(
        `round trip ${sizeMb} MiB`,
        ours.uploadMs + ours.downloadMs,
        plain.uploadMs + plain.downloadMs
      ),
      {
        name: 'peak RSS',
        ours: round(ours.maxRssMb),
        baseline: round(plain.maxRssMb),
        unit: 'MB',
        ratio: round(ours.maxRssMb / plain.maxRssMb, 3),
        target: '< 200 MB',
        pass: ours.maxRssMb < 200
      }
    ]
    console.log(`BENCH_RESULTS ${JSON.stringify(results)}`)
  } finally {
    await s3rver.close().catch(() => undefined)
    await compiled.remove()
    await rm(scratch, { recursive: true, force: true })
  }
}

function combine(first, downloadsOnly) {
  const all = [first, ...downloadsOnly]
  return {
    uploadMs: first.uploadMs,
    downloadMs: all.reduce((sum, r) => sum + r.downloadMs, 0) / all.length,
    maxRssMb: Math.max(...all.map((r) => r.maxRssMb))
  }
}

function round(value, digits = 1) {
  return Number(value.toFixed(digits))
}

async function generate(target, size) {
  const block = Buffer.alloc(MIB)
  for (let i = 0; i < block.length; i++) block[i] = (i * 2654435761) >>> 24
  const handle = await open(target, 'w')
  for (let written = 0; written < size; written += block.length) {
    block[0] = written / MIB // no two blocks alike
    await handle.write(block, 0, Math.min(block.length, size - written))
  }
  await handle.close()
}

/** Writes back dirty pages now (where a `sync` command exists), so no timed phase pays for earlier ones. */
function flushDirtyPages() {
  spawnSync('sync', { stdio: 'ignore' })
}

async function child(
  childMode,
  s3Endpoint,
  source,
  workDirectory,
  compiledDirectory = '',
  childPhases = 'upload+download'
) {
  flushDirtyPages()
  const args = [childMode, s3Endpoint, source, workDirectory, compiledDirectory, childPhases]
  const result = await runChild(args)
  await rm(workDirectory, { recursive: true, force: true })
  return result
}

function runChild(args) {
  const script = fileURLToPath(import.meta.url)
  const childMode = args[0]
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [script, ...args], {
      stdio: ['ignore', 'pipe', 'inherit']
    })
    let out = ''
    proc.stdout.on('data', (chunk) => (out += chunk))
    proc.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`${childMode} exited ${code}`))
    )
  })
}

async function report(result) {
  process.stdout.write(
    JSON.stringify({ ...result, maxRssMb: process.resourceUsage().maxRSS / 1024 })
  )
}

function clientOptions() {
  return {
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED'
  }
}

async function runPlain() {
  const { S3Client, GetObjectCommand } = await import('@aws-sdk/client-s3')
  const { Upload } = await import('@aws-sdk/lib-storage')
  const { mkdir } = await import('node:fs/promises')
  const client = new S3Client(clientOptions())
  const size = (await stat(file)).size
  const key = 'plain/model.bin'
  let started = performance.now()
  if (uploadFirst) {
    await new Upload({
      client,
      params: { Bucket: BUCKET, Key: key, Body: createReadStream(file) },
      partSize: Math.max(8 * MIB, Math.ceil(size / 10_000)),
      queueSize: 4
    }).done()
  }
  const uploadMs = performance.now() - started
  await mkdir(work, { recursive: true })
  flushDirtyPages()
  started = performance.now()
  const { Body } = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
  await pipeline(Body, createWriteStream(path.join(work, 'model.bin')))
  return { uploadMs, downloadMs: performance.now() - started }
}

async function runRegistry() {
  const { ModelRegistry } = await import(path.join(compiledDirectory, 'index.js'))
  const registry = ModelRegistry.open(`s3://${BUCKET}/registry`, {
    s3: { endpoint, region: 'us-east-1', credentials }
  })
  let started = performance.now()
  const { version } = uploadFirst
    ? (await registry.register('bench', [file])).manifest
    : await registry.resolve('bench')
  const uploadMs = performance.now() - started
  flushDirtyPages()
  started = performance.now()
  await registry.download('bench', version, work)
  return { uploadMs, downloadMs: performance.now() - started }
}
