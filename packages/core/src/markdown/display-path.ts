/**
 * A file or store location as a reader of a comment should see it: relative to the workspace when
 * it lies inside, otherwise only its last segment after `…/`. Runner paths (/home/runner/work/…,
 * $RUNNER_TEMP) mean nothing to a reviewer and tell an attacker about the machine. URIs other than
 * file:// (s3://bucket/prefix) are kept as they are.
 */
export function displayPath(location: string, workspace?: string): string {
  const fileUri = /^file:\/\//i.test(location)
  if (!fileUri && /^[a-z][a-z0-9+.-]*:\/\//i.test(location)) return location
  const path = fileUri ? decodeURIComponentSafe(location.replace(/^file:\/\//i, '')) : location
  const absolute = path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)
  if (!absolute) return path
  const root = workspace?.replace(/[\\/]+$/, '')
  if (root && (path === root || path.startsWith(`${root}/`) || path.startsWith(`${root}\\`))) {
    return path === root ? '.' : path.slice(root.length + 1)
  }
  const segments = path.split(/[\\/]+/).filter(Boolean)
  return `…/${segments.at(-1) ?? ''}`
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
