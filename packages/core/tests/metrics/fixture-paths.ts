import { fileURLToPath } from 'node:url'

const fixturesRoot = fileURLToPath(new URL('../../../../tests/fixtures/metrics/', import.meta.url))

/** Absolute path of a file under tests/fixtures/metrics. */
export function fixture(relativePath: string): string {
  return fixturesRoot + relativePath
}
