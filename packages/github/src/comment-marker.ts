const MARKER_NAMESPACE = 'ml-actions'
const RETIRED_NAMESPACE = 'ml-actions-hidden'

/**
 * The hidden HTML comment that identifies one sticky comment. Action and key are percent-encoded down to a safe
 * alphabet, and runs of hyphens are broken up, so no key can end the HTML comment or forge another marker.
 */
export function stickyMarker(action: string, key: string): string {
  return `<!-- ${MARKER_NAMESPACE}:${encodeMarkerPart(action)}:${encodeMarkerPart(key)} -->`
}

/** The marker a hidden (minimized) comment keeps, so later lookups no longer adopt it. */
export function retiredMarker(marker: string): string {
  return marker.replace(`<!-- ${MARKER_NAMESPACE}:`, `<!-- ${RETIRED_NAMESPACE}:`)
}

/** Workflow + job: distinct per job, stable across re-runs. Matrix legs need their own key. */
export function defaultStickyKey(env: Readonly<Record<string, string | undefined>>): string {
  return `${env.GITHUB_WORKFLOW || 'workflow'}/${env.GITHUB_JOB || 'job'}`
}

/** Neutralises marker look-alikes in content we did not write, so our marker is the only one in the body. */
export function defuseMarkers(markdown: string): string {
  return markdown.replace(/<!--(\s*ml-actions)/g, '&lt;!--$1')
}

const SAFE = /[A-Za-z0-9 _.,/@+=#()[\]-]/

function encodeMarkerPart(value: string): string {
  let encoded = ''
  for (const char of value) {
    encoded += SAFE.test(char)
      ? char
      : [...Buffer.from(char, 'utf8')]
          .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
          .join('')
  }
  return encoded.replace(/-(?=-)/g, '%2D')
}
