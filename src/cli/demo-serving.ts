import { isAlive } from '@ml-actions/action-kit/command'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

/** What serve-local.sh records in `$SERVE_STATE/current.json` once a version took over. */
export interface ServingFacts {
  readonly url: string
  readonly pid: number
  readonly model: string
  readonly version: string
}

export function currentServer(state: string): ServingFacts | undefined {
  const path = join(state, 'current.json')
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ServingFacts) : undefined
}

/**
 * A held-out digit, as a client sends it: image 1 of the example's test split
 * (`train_test_split(load_digits().data, load_digits().target, test_size=0.3, random_state=0,
 * stratify=load_digits().target)`), raw 0–16 pixels, label 4.
 */
export const SAMPLE_DIGIT = {
  label: 4,
  pixels: [
    0, 0, 0, 10, 12, 0, 0, 0, 0, 0, 4, 15, 1, 0, 0, 0, 0, 0, 13, 10, 1, 2, 0, 0, 0, 5, 15, 2, 15, 9,
    1, 0, 0, 11, 13, 6, 16, 16, 9, 0, 0, 13, 16, 16, 16, 10, 2, 0, 0, 2, 7, 13, 11, 0, 0, 0, 0, 0,
    0, 13, 11, 0, 0, 0
  ]
} as const

export interface DigitAnswer {
  readonly version: string
  readonly digit: number
  readonly probability: number
}

/** POST /predict with the sample digit: which version answered which digit. */
export async function askDigit(url: string): Promise<DigitAnswer> {
  const response = await fetch(`${url}/predict`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ instances: [SAMPLE_DIGIT.pixels] })
  })
  if (!response.ok) throw new Error(`${url}/predict answered ${response.status}`)
  const body = (await response.json()) as {
    model: { version: string }
    outputs: { probabilities: number[][] }
  }
  const row = body.outputs.probabilities[0] ?? []
  const digit = row.indexOf(Math.max(...row))
  return { version: body.model.version, digit, probability: row[digit] ?? Number.NaN }
}

/** `serve-local.sh stop`, then waits (up to 5 s) for the server to be gone. */
export async function stopServing(
  script: string,
  state: string,
  env: Readonly<Record<string, string | undefined>>
): Promise<boolean> {
  const server = currentServer(state)
  spawnSync('bash', [script, 'stop'], { env: { ...env, SERVE_STATE: state }, stdio: 'ignore' })
  if (!server) return true
  for (let i = 0; i < 100; i++) {
    if (!isAlive(server.pid)) return true
    await sleep(50)
  }
  return false
}

/** From a signal handler, where nothing can be awaited: SIGTERM to the server, if one runs. */
export function stopServerNow(state: string): void {
  const server = currentServer(state)
  if (server && isAlive(server.pid)) process.kill(server.pid, 'SIGTERM')
}
