import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { compileRegistry, type CompiledRegistry } from './compiled-registry.js'
import { REGISTRY_WORKER_SOURCE } from './registry-worker.js'

export interface WorkerResult {
  ok: boolean
  seq?: number
  version?: number
  name?: string
  actual?: number | null
  message?: string
}

/**
 * Real processes running the registry code (compiled by swc) against one store, as parallel CI
 * jobs would. Each waits at a file barrier so all are loaded before any starts.
 */
export class RegistryProcesses {
  private constructor(
    private readonly compiled: CompiledRegistry,
    private readonly worker: string,
    private readonly env: Record<string, string>
  ) {}

  /** `s3Endpoint`: workers open `s3://…` roots against it with the s3rver test credentials. */
  static async start(options: { s3Endpoint?: string } = {}): Promise<RegistryProcesses> {
    const compiled = await compileRegistry()
    const worker = path.join(compiled.directory, 'worker.mjs')
    await writeFile(worker, REGISTRY_WORKER_SOURCE)
    const env: Record<string, string> = options.s3Endpoint
      ? { REGISTRY_S3_ENDPOINT: options.s3Endpoint }
      : {}
    return new RegistryProcesses(compiled, worker, env)
  }

  stop(): Promise<void> {
    return this.compiled.remove()
  }

  /** `args`: command, root, barrier, operands (see registry-worker.ts). */
  spawn(args: string[]): { child: ChildProcess; result: Promise<WorkerResult> } {
    const child = spawn(process.execPath, [this.worker, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...this.env }
    })
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const result = new Promise<WorkerResult>((resolve, reject) => {
      child.on('close', (code, signal) => {
        if (signal) resolve({ ok: false, name: signal })
        else if (code !== 0 || stdout === '') reject(new Error(`worker exited ${code}: ${stderr}`))
        else resolve(JSON.parse(stdout) as WorkerResult)
      })
    })
    return { child, result }
  }

  /** Starts every command, releases them together, and collects their results. */
  async race(root: string, commands: string[][]): Promise<WorkerResult[]> {
    const barrier = path.join(mkdtempSync(path.join(os.tmpdir(), 'registry-barrier-')), 'go')
    const workers = commands.map((command) =>
      this.spawn([command[0] as string, root, barrier, ...command.slice(1)])
    )
    await sleep(1_500) // let every process load the SDK and reach the barrier
    await writeFile(barrier, '')
    return Promise.all(workers.map((w) => w.result))
  }
}
