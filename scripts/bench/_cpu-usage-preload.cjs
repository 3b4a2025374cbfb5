'use strict'
// Preloaded (`node -r`) into every process cold-start.mjs times, the baseline included: at exit it
// appends the process's own CPU time (user + system, bootstrap included) to BENCH_CPU_FILE. CPU
// time, unlike wall time, does not grow when the other processes on a shared machine take the cores.
// CommonJS on purpose: an ESM preload (`--import`) would start node's ESM loader in every child,
// inflating the baseline the ratios are taken against.
/* global require */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { appendFileSync } = require('node:fs')
process.on('exit', () => {
  const { user, system } = process.cpuUsage()
  appendFileSync(process.env.BENCH_CPU_FILE, `${(user + system) / 1000}\n`)
})
