/**
 * fast-check parameters for property tests. CI runs a fixed seed and a modest number of cases, so a
 * failure reproduces and the whole property suite stays within seconds; `npm run fuzz` sets
 * FUZZ_RUNS (and a fresh seed unless FUZZ_SEED is given) to search much further.
 */
export function propertyRuns(ciRuns: number): { seed: number; numRuns: number } {
  const fuzzRuns = Number(process.env.FUZZ_RUNS ?? '')
  if (!(fuzzRuns > 0)) return { seed: 18, numRuns: ciRuns }
  const seed = Number(process.env.FUZZ_SEED ?? '') || Math.floor(Math.random() * 2 ** 31)
  process.stderr.write(`fuzz: seed ${seed}, ${fuzzRuns} runs per property\n`)
  return { seed, numRuns: fuzzRuns }
}
