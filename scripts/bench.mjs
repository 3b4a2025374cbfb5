#!/usr/bin/env node
// `npm run bench [-- name…]`: runs every scripts/bench/<area>.mjs in its own process (so memory and
// timing are its own), then prints one table of ratios. Each benchmark measures its own baseline in
// the same run and ends its output with `BENCH_RESULTS <json rows>`.
import { spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const benchDirectory = join(root, 'scripts', 'bench')
const MARKER = 'BENCH_RESULTS '
const HELPERS = /^(.*-build|_.*)\.mjs$/

const wanted = process.argv.slice(2)
const areas = readdirSync(benchDirectory)
  .filter((file) => file.endsWith('.mjs') && !HELPERS.test(file))
  .map((file) => file.replace(/\.mjs$/, ''))
  .filter((area) => wanted.length === 0 || wanted.includes(area))
  .sort()

const rows = []
const failures = []
for (const area of areas) {
  process.stderr.write(`\n== ${area}\n`)
  const { code, lastResults } = await runArea(area)
  if (code !== 0 || !lastResults)
    failures.push(`${area}: exit ${code}${lastResults ? '' : ', no results'}`)
  for (const row of lastResults ?? []) rows.push({ area, ...row })
}

process.stdout.write(`\n${formatTable(rows)}\n`)
if (failures.length > 0)
  process.stdout.write(`\nbenchmarks that did not finish: ${failures.join('; ')}\n`)
const missed = rows.filter((row) => row.pass === false)
process.stdout.write(
  `\n${rows.length - missed.length} of ${rows.length} targets met${missed.length ? `; missed: ${missed.map((r) => r.name).join(', ')}` : ''}\n`
)
process.exitCode = failures.length > 0 ? 1 : 0

function runArea(area) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', join(root, 'scripts', 'ts-loader.mjs'), join(benchDirectory, `${area}.mjs`)],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: process.env }
    )
    let buffered = ''
    let lastResults
    child.stdout.on('data', (chunk) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) lastResults = consume(line) ?? lastResults
    })
    child.on('close', (code) => {
      lastResults = consume(buffered) ?? lastResults
      resolve({ code, lastResults })
    })
  })
}

function consume(line) {
  if (!line.startsWith(MARKER)) {
    if (line) process.stderr.write(`${line}\n`)
    return undefined
  }
  return JSON.parse(line.slice(MARKER.length))
}

function formatTable(results) {
  const header = ['area', 'benchmark', 'ours', 'baseline', 'ratio', 'target', 'met']
  const body = results.map((row) => [
    row.area,
    row.name,
    withUnit(row.ours, row.unit),
    withUnit(row.baseline, row.unit),
    formatNumber(row.ratio),
    row.target ?? '',
    row.pass === undefined ? '' : row.pass ? 'yes' : 'NO'
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)))
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n')
}

/** A value and its unit; an informational row without a baseline shows an empty cell. */
function withUnit(value, unit) {
  return value === undefined ? '' : `${formatNumber(value)} ${unit ?? ''}`.trim()
}

function formatNumber(value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value ?? '')
  return Number(value.toPrecision(3)).toString()
}
