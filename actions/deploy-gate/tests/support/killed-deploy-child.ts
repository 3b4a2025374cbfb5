import { writeFileSync } from 'node:fs'
import { createRequire, syncBuiltinESMExports } from 'node:module'
import { relative, resolve, sep } from 'node:path'
import { execCommandRunner, type CommandRunner } from '@ml-actions/action-kit/command'
import { runAction } from '@ml-actions/action-kit/runner'
import { LocalDirectoryStore } from '@ml-actions/registry'
import { deployGate } from '../../src/definition.js'
import { createDeployGate } from '../../src/deploy-gate.js'

/**
 * deploy-gate as the runner starts it (INPUT_* and the file commands), from the TypeScript sources,
 * killed with SIGKILL just before its k-th write point (KILL_AT_WRITE=k). Write points, in the order
 * the run reaches them: every write to the registry store (a directory or S3), every file created, renamed or
 * removed under RUNNER_TEMP (the download directory and the decision file), and the start and end
 * of each deploy and smoke-test command. Every point reached is appended to KILL_POINTS_FILE, so a
 * run without KILL_AT_WRITE lists them all.
 */
const killAt = Number(process.env.KILL_AT_WRITE ?? 'Infinity')
const pointsFile = process.env.KILL_POINTS_FILE
const watched = resolve(process.env.RUNNER_TEMP ?? '/nonexistent')
let reached = 0

function writePoint(label: string): void {
  reached++
  if (pointsFile) writeFileSync(pointsFile, `${label}\n`, { flag: 'a' })
  if (reached === killAt) process.kill(process.pid, 'SIGKILL')
}

type StoreClass = { prototype: Record<'put' | 'putIfAbsent' | 'delete', unknown> }
// The S3 store (and the AWS SDK) only for an s3:// registry, as deploy-gate itself loads it.
const stores: StoreClass[] = [LocalDirectoryStore]
if ((process.env.INPUT_REGISTRY ?? '').startsWith('s3://')) {
  stores.push((await import('../../../../packages/registry/src/s3-store.js')).S3BlobStore)
}
for (const store of stores) {
  for (const method of ['put', 'putIfAbsent', 'delete'] as const) {
    const original = store.prototype[method] as (...args: unknown[]) => Promise<unknown>
    Object.defineProperty(store.prototype, method, {
      value(this: unknown, ...args: unknown[]) {
        writePoint(`store ${method} ${String(args[0])}`)
        return original.apply(this, args)
      }
    })
  }
}

// The download and the decision file are written through node:fs/promises; its ES module exports
// follow the CommonJS object once synced, so the sources' own imports see these wrappers.
const fsPromises = createRequire(import.meta.url)('node:fs/promises') as Record<
  string,
  (...args: unknown[]) => Promise<unknown>
>
const underRunnerTemp = (path: unknown) =>
  typeof path === 'string' && resolve(path).startsWith(`${watched}${sep}`)
for (const name of ['writeFile', 'rename', 'rm', 'open'] as const) {
  const original = fsPromises[name] as (...args: unknown[]) => Promise<unknown>
  fsPromises[name] = (...args: unknown[]) => {
    const path = args[0]
    const writes = name !== 'open' || (typeof args[1] === 'string' && args[1] !== 'r')
    if (writes && underRunnerTemp(path)) {
      const file = relative(watched, resolve(path as string)).replace(
        /\.[0-9a-f]{12}\.partial$/,
        '.partial'
      )
      writePoint(`file ${name} ${file}`)
    }
    return original(...args)
  }
}
syncBuiltinESMExports()

const runCommand: CommandRunner = async (request) => {
  const what = `${request.env.ML_DEPLOY_PURPOSE ?? ''} version ${request.env.ML_MODEL_VERSION ?? '?'}: ${request.args.at(-1) ?? ''}`
  writePoint(`command start ${what}`)
  const result = await execCommandRunner(request)
  writePoint(`command end ${what} (exit ${result.exitCode})`)
  return result
}

await runAction(deployGate, createDeployGate({ runCommand }))
