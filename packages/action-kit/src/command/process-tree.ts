import { execFile } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** pid -> parent pid of every process visible to `ps` (Linux and macOS). */
export async function processTable(): Promise<Map<number, number>> {
  const { stdout } = await run('ps', ['-A', '-o', 'pid=,ppid='], { maxBuffer: 16 * 1024 * 1024 })
  const parents = new Map<number, number>()
  for (const line of stdout.split('\n')) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number)
    if (Number.isInteger(pid) && Number.isInteger(ppid)) parents.set(pid as number, ppid as number)
  }
  return parents
}

/** Every process below `root`, children before grandchildren. */
export function descendantsOf(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>()
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid])
  const found: number[] = []
  const queue = [...(children.get(root) ?? [])]
  while (queue.length > 0) {
    const pid = queue.shift() as number
    found.push(pid)
    queue.push(...(children.get(pid) ?? []))
  }
  return found
}

/**
 * Ends a process and everything it started: SIGTERM to the whole tree at once (so reparenting of
 * orphans cannot hide them), then SIGKILL to whatever is left after the grace period, including
 * processes started in between. Processes that detached into their own session are not found.
 */
export async function killProcessTree(pids: readonly number[], graceMs: number): Promise<void> {
  const initial = new Set(pids)
  const signal = (pid: number, name: NodeJS.Signals) => {
    try {
      process.kill(pid, name)
    } catch {
      // Already gone.
    }
  }
  const table = await processTable().catch(() => new Map<number, number>())
  const tree = new Set([...initial, ...[...initial].flatMap((pid) => descendantsOf(pid, table))])
  for (const pid of tree) signal(pid, 'SIGTERM')
  const deadline = Date.now() + graceMs
  while (Date.now() < deadline && [...tree].some(isAlive)) await sleep(50)
  const later = await processTable().catch(() => new Map<number, number>())
  for (const pid of [...tree].flatMap((pid) => [pid, ...descendantsOf(pid, later)])) {
    if (isAlive(pid)) signal(pid, 'SIGKILL')
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
