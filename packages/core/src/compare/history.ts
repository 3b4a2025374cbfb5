import { ConfigurationError } from '../errors.js'
import { isRecord } from '../metrics/json-object.js'

/**
 * Earlier values of the metrics, oldest first, for the trend chart: one point per evaluated commit
 * or registry version. JSON Lines on disk, one object per line:
 *
 *   {"label": "v7", "gitSha": "…", "createdAt": "…", "metrics": {"accuracy": 0.91, …}}
 *
 * `label` defaults to the short sha, then the line number. Non-numeric metric values are ignored.
 */
export interface HistoryPoint {
  readonly label: string
  readonly gitSha?: string
  readonly createdAt?: string
  readonly metrics: Readonly<Record<string, number>>
}

export const HISTORY_LIMIT = 100

export function parseMetricHistory(text: string, source: string): HistoryPoint[] {
  const points: HistoryPoint[] = []
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      throw new ConfigurationError(
        `${source}:${index + 1}: not a JSON object (${(error as Error).message})`,
        'history'
      )
    }
    points.push(historyPointOf(value, `${source}:${index + 1}`, `#${index + 1}`))
  })
  return points
}

export function historyPointOf(value: unknown, where: string, fallbackLabel: string): HistoryPoint {
  if (!isRecord(value) || !isRecord(value.metrics)) {
    throw new ConfigurationError(`${where}: expected {"metrics": {name: number, …}}`, 'history')
  }
  const metrics: Record<string, number> = {}
  for (const [name, metric] of Object.entries(value.metrics)) {
    if (typeof metric === 'number' && Number.isFinite(metric)) metrics[name] = metric
  }
  const gitSha = typeof value.gitSha === 'string' ? value.gitSha : undefined
  const label =
    typeof value.label === 'string' && value.label !== ''
      ? value.label
      : gitSha
        ? gitSha.slice(0, 7)
        : fallbackLabel
  return {
    label,
    ...(gitSha ? { gitSha } : {}),
    ...(typeof value.createdAt === 'string' ? { createdAt: value.createdAt } : {}),
    metrics
  }
}

/** One JSON line per point, newest last, at most `limit` points kept. */
export function formatMetricHistory(
  points: readonly HistoryPoint[],
  limit = HISTORY_LIMIT
): string {
  return points
    .slice(-limit)
    .map((point) => `${JSON.stringify(point)}\n`)
    .join('')
}
