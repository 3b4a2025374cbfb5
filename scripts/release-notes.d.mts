export interface ReleaseTag {
  version: string
  major: string
  prerelease: boolean
}
export function parseReleaseTag(tag: string): ReleaseTag
export function changelogVersions(changelog: string): string[]
export function releaseNotes(changelog: string, version: string): string
export function pinningFooter(tag: string, commit: string): string
