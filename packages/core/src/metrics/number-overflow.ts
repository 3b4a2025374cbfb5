// Only literals that can overflow are looked at: an exponent of three digits or more, or 309+ digits.
const CANDIDATE = /[-+]?(?:\d+\.?\d*|\.\d+)[eE]\+?\d{3,}|\d{309,}(?:\.\d*)?/g
const MAX_REPORTED = 5

/**
 * Number literals in a file's text that are finite as written but beyond the largest 64-bit float
 * (about 1.8e308), so every parser reads them as ±∞ without a word. Returned so the reader can warn:
 * an ∞ the file never said is a bug in whatever wrote it, and it would otherwise pass or fail a gate
 * silently.
 */
export function overflowingNumbers(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(CANDIDATE)) {
    if (Number.isFinite(Number(match[0]))) continue
    found.push(match[0])
    if (found.length === MAX_REPORTED) break
  }
  return found
}

export function overflowWarning(path: string, literal: string): string {
  const infinity = literal.startsWith('-') ? '-∞' : '∞'
  return `${path}: ${literal} is beyond the largest 64-bit float (1.8e308) and is read as ${infinity}`
}
