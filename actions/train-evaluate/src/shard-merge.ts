import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ConfigurationError } from '@ml-actions/core/errors'
import { expandPathPatterns } from '@ml-actions/core/io'
import { sumConfusions, type ConfusionCounts } from './confusion-counts.js'
import { REPORT_KIND, type TrainEvaluateReport } from './train-evaluate-report.js'

export interface MergedShards {
  readonly confusion: ConfusionCounts
  readonly shardCount: number
  readonly sources: string[]
}

/**
 * Reads the reports the shard jobs wrote and sums their confusion counts. Every shard of the
 * declared count must be there exactly once, each having succeeded: a missing or repeated shard
 * would silently change the evaluation set.
 */
export async function mergeShardReports(
  patterns: readonly string[],
  workingDirectory: string
): Promise<MergedShards> {
  const files = await expandPathPatterns(patterns, { cwd: workingDirectory })
  const reports: Array<{ file: string; report: TrainEvaluateReport }> = []
  for (const file of files) {
    const text = await readFile(path.resolve(workingDirectory, file), 'utf8').catch(() => {
      throw new ConfigurationError(`merge-shards: cannot read ${file}`, 'merge-shards')
    })
    let report: TrainEvaluateReport
    try {
      report = JSON.parse(text) as TrainEvaluateReport
    } catch (error) {
      throw new ConfigurationError(
        `merge-shards: ${file} is not JSON: ${(error as Error).message}`,
        'merge-shards'
      )
    }
    if (report?.kind !== REPORT_KIND) {
      throw new ConfigurationError(
        `merge-shards: ${file} is not a train-evaluate report (kind ${JSON.stringify(report?.kind)})`,
        'merge-shards'
      )
    }
    reports.push({ file, report })
  }
  const problems: string[] = []
  const counts = new Set(reports.map(({ report }) => report.shard?.count ?? 1))
  if (counts.size !== 1)
    problems.push(`the reports disagree on shard-count (${[...counts].join(', ')})`)
  const shardCount = [...counts][0] ?? 0
  const seen = new Map<number, string>()
  for (const { file, report } of reports) {
    if (report.status !== 'succeeded') problems.push(`${file}: the shard ${report.status}`)
    if (!report.confusion) {
      problems.push(`${file}: has no confusion counts (set predictions in the shard jobs)`)
    }
    const index = report.shard?.index ?? 0
    const earlier = seen.get(index)
    if (earlier) problems.push(`shard ${index} appears twice (${earlier}, ${file})`)
    seen.set(index, file)
  }
  const missing = Array.from({ length: shardCount }, (_, i) => i).filter((i) => !seen.has(i))
  if (missing.length > 0) problems.push(`shard(s) ${missing.join(', ')} of ${shardCount} missing`)
  if (problems.length > 0) {
    throw new ConfigurationError(`merge-shards: ${problems.join('; ')}`, 'merge-shards')
  }
  return {
    confusion: sumConfusions(reports.map(({ report }) => report.confusion as ConfusionCounts)),
    shardCount,
    sources: reports.map(({ file }) => file)
  }
}
