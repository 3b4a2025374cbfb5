import type { ReportEnvelope } from '@ml-actions/core/compare'
import type { MetricGroup } from '@ml-actions/core/metrics'
import type { Lineage } from '@ml-actions/registry'
import type { ConfusionCounts } from './confusion-counts.js'

export const REPORT_KIND = 'train-evaluate'

export interface CommandSummary {
  /** Null when no command ran (merge mode) or it was ended by a signal. */
  readonly exitCode: number | null
  readonly timedOut: boolean
  readonly durationSeconds: number
  readonly workingDirectory: string
}

export interface RegisteredVersion {
  readonly registry: string
  readonly name: string
  readonly version: number
  readonly uri: string
  /** sha256 of the stored manifest; also the report subject's digest. */
  readonly manifestSha256: string
  readonly contentDigest: string
  /** False when a re-run of the same job returned the version it registered before. */
  readonly created: boolean
  readonly files: ReadonlyArray<{ path: string; sha256: string; size: number }>
  /** The evaluation predictions registered with the version (outside `files`). */
  readonly predictions?: { path: string; sha256: string; size: number }
  readonly alias?: { name: string; seq: number; previousVersion: number | null }
}

export interface CacheSummary {
  readonly status: 'hit' | 'restored' | 'miss' | 'skipped' | 'failed'
  readonly key?: string
  readonly restoredKey?: string
  readonly saved?: boolean
  readonly note?: string
  /** Digest of the data manifest of the cache paths after the command ran. */
  readonly dataDigest?: string
}

export interface ShardInfo {
  readonly index: number
  readonly count: number
}

/** The JSON report of one train-evaluate step, in the envelope every report of the project shares. */
export interface TrainEvaluateReport extends ReportEnvelope {
  readonly schemaVersion: 1
  readonly kind: typeof REPORT_KIND
  readonly status: 'succeeded' | 'failed' | 'timed-out'
  readonly command?: CommandSummary
  readonly metrics: Record<string, number>
  readonly groups: Record<string, MetricGroup>
  readonly metricSources: readonly string[]
  /** Truth x prediction counts of this run's predictions (or of all merged shards). */
  readonly confusion?: ConfusionCounts
  /** This run evaluated one shard of the evaluation set. */
  readonly shard?: ShardInfo
  /** This report merges shard reports. */
  readonly merged?: { readonly shardCount: number; readonly sources: readonly string[] }
  readonly model?: RegisteredVersion
  readonly cache?: CacheSummary
  readonly lineage: Lineage
}
