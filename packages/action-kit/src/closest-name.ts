import { distance } from 'fastest-levenshtein'

/**
 * The name a typo most likely meant: the nearest by edit distance, if it is near enough to be a slip
 * (a third of the name's length, at least two edits) rather than another word.
 */
export function closestName(typed: string, names: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const name of names) {
    const d = distance(typed, name)
    if (d < bestDistance) {
      best = name
      bestDistance = d
    }
  }
  return bestDistance <= Math.max(2, Math.floor(typed.length / 3)) ? best : undefined
}
