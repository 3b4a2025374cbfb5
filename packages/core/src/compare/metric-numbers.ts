import { columnFormat, fixedFormat, type ColumnFormat } from '../markdown/column-format.js'
import { formatNumber } from '../markdown/number-format.js'
import { isRateMetric } from './rate-metric.js'
import type { MetricComparison, ReportNumber } from './report.js'

/**
 * How one table writes the numbers of its metrics. Proportions (accuracy, recall …) share one count
 * of decimals so that their column lines up, and their changes are percentage points; any other
 * metric keeps the decimals its own two values need (a loss of 0.31 and a learning rate of 0.0001
 * in one column cannot share decimals without one of them turning into 0.0); integers stay whole.
 */
export interface MetricNumbers {
  value(metric: MetricComparison, side: 'baseline' | 'candidate'): string | undefined
  /** `+0.37 pp` for a proportion, `-0.0100 (-3.2%)` otherwise. */
  delta(metric: MetricComparison): string | undefined
  /** The confidence interval of the change in the delta's unit: `-3.40 to -0.80 pp`. */
  interval(metric: MetricComparison): string | undefined
  /** The minimum detectable effect in the delta's unit: `2.10 pp`. */
  minimumEffect(metric: MetricComparison): string | undefined
}

const PERCENT_DECIMALS = 1
/** Joins a number to its unit and the ends of an interval, so a narrow cell does not break them. */
const NBSP = '\u00A0'
const SMALLEST_P_SHOWN = 0.001

/** `p = 0.012`, or `p < 0.001` below that: more digits of a tiny p-value say nothing more. */
export function formatPValue(p: number): string {
  if (p < SMALLEST_P_SHOWN) return `p${NBSP}<${NBSP}${SMALLEST_P_SHOWN}`
  return `p${NBSP}=${NBSP}${formatNumber(p, { significantDigits: 2 })}`
}

export function metricNumbers(
  metrics: readonly MetricComparison[],
  significantDigits: number
): MetricNumbers {
  const rateValues: number[] = []
  for (const metric of metrics) {
    if (!isRateMetric(metric)) continue
    for (const value of [metric.baseline, metric.candidate]) {
      if (typeof value === 'number' && !Number.isInteger(value)) rateValues.push(value)
    }
  }
  const rates = columnFormat(rateValues.length > 0 ? rateValues : [0.5], significantDigits)
  // Changes of proportions, their intervals and MDEs share one count of decimals of their own, with
  // a digit fewer than the values: a change is known less precisely than either value.
  const pointValues: number[] = []
  for (const metric of metrics) {
    if (!isRateMetric(metric)) continue
    const changes = [metric.delta, metric.ci?.low, metric.ci?.high, metric.mde]
    for (const change of changes) if (typeof change === 'number') pointValues.push(change * 100)
  }
  const points = columnFormat(pointValues, Math.max(2, significantDigits - 1))
  const rowFormats = new Map<MetricComparison, ColumnFormat>()
  const rowFormat = (metric: MetricComparison): ColumnFormat => {
    if (isRateMetric(metric)) return rates
    let format = rowFormats.get(metric)
    if (format === undefined) {
      format = columnFormat(
        [metric.baseline, metric.candidate].filter(
          (value): value is number => typeof value === 'number'
        ),
        significantDigits
      )
      rowFormats.set(metric, format)
    }
    return format
  }
  return {
    value: (metric, side) => {
      const value = metric[side]
      return value === null ? undefined : rowFormat(metric).format(toNumber(value))
    },
    delta: (metric) => {
      if (metric.delta === null) return undefined
      const delta = toNumber(metric.delta)
      if (isRateMetric(metric)) return `${points.format(delta * 100, true)}${NBSP}pp`
      if (delta === 0) return '0'
      const absolute = rowFormat(metric).format(delta, true)
      if (
        typeof metric.baseline !== 'number' ||
        metric.baseline === 0 ||
        delta === 0 ||
        !Number.isFinite(delta)
      )
        return absolute
      const percent = (delta / Math.abs(metric.baseline)) * 100
      return `${absolute}${NBSP}(${fixedFormat(PERCENT_DECIMALS, 2).format(percent, true)}%)`
    },
    interval: (metric) => {
      if (metric.ci === undefined) return undefined
      const { low, high } = metric.ci
      if (isRateMetric(metric))
        return `${points.format(low * 100, true)}${NBSP}to${NBSP}${points.format(high * 100, true)}${NBSP}pp`
      const format = rowFormat(metric)
      return `${format.format(low, true)}${NBSP}to${NBSP}${format.format(high, true)}`
    },
    minimumEffect: (metric) => {
      if (metric.mde === undefined) return undefined
      if (isRateMetric(metric)) return `${points.format(metric.mde * 100)}${NBSP}pp`
      return rowFormat(metric).format(metric.mde)
    }
  }
}

function toNumber(value: ReportNumber): number {
  return typeof value === 'number' ? value : Number(value)
}
