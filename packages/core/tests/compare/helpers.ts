import type { MetricGroup, MetricsDocument } from '../../src/metrics/model.js'

export function metricsDocument(
  metrics: Record<string, number>,
  groups: Record<string, Record<string, Record<string, number>>> = {},
  source = 'metrics.json'
): MetricsDocument {
  const builtGroups: Record<string, MetricGroup> = {}
  for (const [name, rows] of Object.entries(groups)) builtGroups[name] = { name, rows }
  return {
    sources: [source],
    format: 'json',
    metrics,
    groups: builtGroups,
    series: {},
    labels: {},
    metadata: { gitSha: 'abc123' }
  }
}
