export interface ActionMetadataLike {
  name?: string
  description?: string
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>
  outputs?: Record<string, { description?: string }>
  runs?: { using?: string }
}
export interface PlannedFile {
  path: string
  content: string
  what: string
}
export const README_MARKERS: [string, string]
export const INDEX_MARKERS: [string, string]
export const ACTION_PAGES_DIR: string
export const DOCS_INDEX: string
export const ROOT_ACTION_PAGE: string
export function renderActionDocs(metadata: ActionMetadataLike): string
export function replaceBetweenMarkers(
  text: string,
  markers: [string, string],
  generated: string
): string | undefined
export function rebaseRelativeLinks(markdown: string, fromDir: string, toDir: string): string
export function renderActionPage(name: string, metadata: ActionMetadataLike, readme: string): string
export function renderActionIndex(
  actions: { name: string; metadata: ActionMetadataLike }[],
  rootAction?: ActionMetadataLike
): string
export function listActions(root: string): { name: string; metadata: ActionMetadataLike }[]
export function planDocs(root: string): {
  files: PlannedFile[]
  problems: string[]
  orphans: string[]
}
