export { DEFAULT_SEED, SeededRandom } from './random.js'
export { logBeta, logFactorial, logGamma } from './log-gamma.js'
export {
  erf,
  erfc,
  normalCdf,
  normalPdf,
  normalQuantile,
  normalSurvival,
  normalTwoSidedPValue
} from './normal.js'
export {
  complementedIncompleteBeta,
  incompleteBeta,
  regularizedIncompleteBeta
} from './incomplete-beta.js'
export type { IncompleteBeta } from './incomplete-beta.js'
export {
  studentTCdf,
  studentTPdf,
  studentTQuantile,
  studentTSurvival,
  studentTTwoSidedPValue
} from './student-t.js'
export { sampleBinomial } from './binomial-sampler.js'
export { sampleMultinomial } from './multinomial-sampler.js'
export {
  cellOfEachSample,
  contingencyFromCells,
  contingencyFromClassIndices,
  contingencyFromLabels
} from './paired-contingency.js'
export type { ContingencyCell, PairedContingency } from './paired-contingency.js'
export { COUNT_METRICS, reduceForMetric } from './count-metrics.js'
export type {
  CountMetric,
  CountMetricOptions,
  MetricPair,
  ReducedContingency
} from './count-metrics.js'
export { choosePositiveClass } from './positive-class.js'
export {
  bcaInterval,
  jackknifeAcceleration,
  percentileInterval,
  quantileOfSorted
} from './bootstrap-interval.js'
export type { Interval, IntervalMethod, Jackknife } from './bootstrap-interval.js'
export { DEFAULT_LEVEL, DEFAULT_RESAMPLES } from './resampling-settings.js'
export {
  bootstrapCountMetricDelta,
  bootstrapCountMetricDeltaBySample,
  bootstrapMeanDelta
} from './paired-bootstrap.js'
export type { BootstrapMethod, BootstrapOptions, BootstrapResult } from './paired-bootstrap.js'
export { MCNEMAR_EXACT_BELOW, mcnemarTest } from './mcnemar.js'
export type { DiscordantPairs, McNemarMethod, McNemarResult } from './mcnemar.js'
export { midranks } from './midranks.js'
export { delongTest } from './delong.js'
export type { DeLongResult } from './delong.js'
export { welchTTest } from './welch.js'
export type { WelchResult } from './welch.js'
export type { StatResult } from './stat-result.js'
export { parseNpy } from './npy.js'
export type { NpyArray, NpyDtype } from './npy.js'
export { canonicalClassName } from './prediction-set.js'
export type { ClassScores, PredictionSet } from './prediction-set.js'
export { parseDelimitedText } from './delimited-text.js'
export type { DelimitedRow } from './delimited-text.js'
export {
  predictionsFormatOf,
  predictionsFromNpyFiles,
  readPredictions
} from './predictions-reader.js'
export type { NpyFile, PredictionsFormat } from './predictions-reader.js'
export { alignPredictions } from './align-predictions.js'
export type { AlignedPredictions, ModelOutputs } from './align-predictions.js'
export { statisticsFromPredictions } from './prediction-statistics.js'
export type {
  PredictionStatResult,
  PredictionStatistic,
  PredictionStatisticRequest,
  PredictionStatisticsOptions
} from './prediction-statistics.js'
export { adjustPValues } from './multiple-testing.js'
export type { MultipleTestingMethod } from './multiple-testing.js'
export { minimumDetectableEffect, standardErrorOfInterval } from './minimum-detectable-effect.js'
export { summariseDeltas } from './bootstrap-summary.js'
export type { MetricDelta } from './bootstrap-summary.js'
export type { BootstrapDelta } from './bootstrap-delta.js'
export { bootstrapClassificationReport } from './classification-bootstrap.js'
export {
  AVERAGES,
  ClassTallies,
  SCORES,
  averageMetricId,
  perClassMetricId,
  reportMetricIds
} from './classification-report-metrics.js'
export { REGRESSION_METRICS, bootstrapRegressionMetrics } from './regression-bootstrap.js'
export type { RegressionMetric } from './regression-bootstrap.js'
export { perSampleBrier, perSampleLogLoss } from './probability-losses.js'
export {
  REGRESSION_STATISTICS,
  SCORE_STATISTICS,
  isCountStatistic,
  isStatisticId,
  statisticForGroupCell,
  statisticForMetricName
} from './metric-statistic-names.js'
export type { NameContext } from './metric-statistic-names.js'
