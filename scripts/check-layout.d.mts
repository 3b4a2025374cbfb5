export const MAPPED_FOLDERS: readonly string[]
export interface LayoutEntry {
  path: string
  described: boolean
  line: number
}
export function layoutEntries(contributing: string): LayoutEntry[]
export function layoutProblems(contributing: string, files: readonly string[]): string[]
export function treeFiles(root: string, options?: { untracked?: boolean }): string[]
