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
export const ROOT_ACTION_NAME: string
export const ROOT_DEFINITION: string
/** What gen-docs reads of a defineAction() object (@ml-actions/action-kit's ActionDefinition). */
export interface DefinitionLike {
  name: string
  description: string
  branding: { icon: string; color: string }
  inputs: Record<
    string,
    { description: string; required: boolean; default: string; runnerDefault?: string }
  >
  outputs: readonly string[]
  outputDescriptions: Record<string, string>
}
export interface LoadedDefinitions {
  actions: { name: string; definition: DefinitionLike }[]
  rootDefinition?: DefinitionLike
}
export function definitionPath(name: string): string
export function actionMetadata(definition: DefinitionLike, main: string): ActionMetadataLike
export function renderActionYml(metadata: ActionMetadataLike, note: string): string
export function listActionNames(root: string): string[]
export function loadDefinitions(root: string): Promise<LoadedDefinitions>
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
export function planDocs(
  root: string,
  definitions: LoadedDefinitions
): {
  files: PlannedFile[]
  problems: string[]
  orphans: string[]
}
