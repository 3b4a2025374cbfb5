import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { encodeModel, DataType } from '../../packages/onnx/tests/support/onnx-models.js'
import { isAlive } from '../../packages/action-kit/src/command/process-tree.js'
import { repoRoot } from './action-metadata.js'
import { currentServer } from '../../src/cli/demo-serving.js'

export { currentServer }

/** The example's deploy target: blue/green `ml-actions serve` on loopback (docs/examples/serving). */
export const SERVE_LOCAL_SCRIPT = join(repoRoot, 'docs', 'examples', 'classifier', 'serve-local.sh')
export const ML_ACTIONS_CLI = join(repoRoot, 'bin', 'ml-actions.js')

/** `Y = X + offset` over [batch, 2] floats; `build` makes otherwise equal models differ in bytes. */
export function offsetModel(offset: number, build = ''): Buffer {
  return Buffer.from(
    encodeModel({
      inputs: [{ name: 'X', elemType: DataType.float, shape: ['batch', 2] }],
      outputs: [{ name: 'Y', elemType: DataType.float, shape: ['batch', 2] }],
      nodes: [{ opType: 'Add', inputs: ['X', 'B'], outputs: ['Y'] }],
      initializers: [
        { name: 'B', dataType: DataType.float, dims: [2], floatData: [offset, offset] }
      ],
      metadata: { offset: String(offset), build }
    })
  )
}

/**
 * A smoke test as a user writes one: real requests to the deployed server, which must name the
 * version just deployed and answer [[1, 2]] with [[2, 3]] (the offset-1 model is the right one).
 */
export async function writeSmokeTest(directory: string): Promise<string> {
  const path = join(directory, 'smoke-test.mjs')
  await writeFile(
    path,
    `import { readFileSync } from 'node:fs'
const { url } = JSON.parse(readFileSync(process.env.SERVE_STATE + '/current.json', 'utf8'))
const health = await (await fetch(url + '/healthz')).json()
if (health.model.version !== process.env.ML_MODEL_VERSION) {
  console.error('serving version ' + health.model.version + ', expected ' + process.env.ML_MODEL_VERSION)
  process.exit(1)
}
const answer = await (await fetch(url + '/predict', { method: 'POST', body: JSON.stringify({ instances: [[1, 2]] }) })).json()
if (JSON.stringify(answer.outputs.Y) !== '[[2,3]]') {
  console.error('wrong prediction: ' + JSON.stringify(answer.outputs.Y) + ' for [[1,2]], expected [[2,3]]')
  process.exit(1)
}
console.log('version ' + answer.model.version + ' answers correctly')
`
  )
  return path
}

/** What the server in `state` answers now, asked over HTTP. */
export async function askServer(
  state: string
): Promise<{ version: string; outputs: number[][] } | undefined> {
  const server = currentServer(state)
  if (!server) return undefined
  const response = await fetch(`${server.url}/predict`, {
    method: 'POST',
    body: JSON.stringify({ instances: [[1, 2]] })
  })
  const body = (await response.json()) as { model: { version: string }; outputs: { Y: number[][] } }
  return { version: body.model.version, outputs: body.outputs.Y }
}

/** Ends every server a test started (the current one and any the deploy left behind) and waits. */
export async function stopServers(pids: readonly number[]): Promise<void> {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM')
    } catch {
      // Already gone.
    }
  }
  for (let i = 0; i < 100 && pids.some(isAlive); i++) await sleep(20)
}
