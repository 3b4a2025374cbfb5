import type picomatchType from 'picomatch'

export type GlobEngine = typeof picomatchType

// Without one of these characters picomatch cannot see a glob, negation or escape in a pattern.
const GLOB_SYNTAX = /[*?[\]{}()!+@\\]/

/** False means the pattern is certainly a plain name or path; true means ask the engine. */
export function mayBeGlob(pattern: string): boolean {
  return GLOB_SYNTAX.test(pattern)
}

/**
 * picomatch, loaded with the first pattern that needs it: plain names and paths are the common
 * case, and the engine would otherwise be a sizeable share of every step's start-up.
 */
export async function loadGlobEngine(): Promise<GlobEngine> {
  return (await import('picomatch')).default
}
