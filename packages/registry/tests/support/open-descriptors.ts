import { readdirSync, readlinkSync } from 'node:fs'

/** Descriptors of this process still open on `file` (Linux; elsewhere nothing to check). */
export function openDescriptorsOn(file: string): string[] {
  if (process.platform !== 'linux') return []
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === file
    } catch {
      return false
    }
  })
}
