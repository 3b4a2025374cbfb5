export { compareMetrics } from './compare-metrics.js'
export type { CompareOptions } from './compare-metrics.js'
export { LOWER_IS_BETTER, NEUTRAL_WORDS, inferDirection, nameWords } from './direction.js'
export type { MetricDirection } from './direction.js'
export { exactDifference } from './exact-difference.js'
export { cellName, summariseRuns, welchStatistics } from './multi-run.js'
export type { RunSummary } from './multi-run.js'
export { OUTCOMES } from './report.js'
export {
  CORRECTIONS,
  CORRECTION_LABELS,
  DEFAULT_CORRECTION,
  DEFAULT_POWER,
  EVIDENCE_LABELS,
  VERDICTS,
  VERDICT_LABELS,
  VERDICT_MEANINGS
} from './verdicts.js'
export type { Correction, EvidenceKind } from './verdicts.js'
export { correctForMultiplicity } from './multiplicity.js'
export type {
  ComparedSide,
  ComparisonCounts,
  ComparisonReport,
  ConfidenceInterval,
  CorrectionSummary,
  GroupComparison,
  MetricComparison,
  MetricOutcome,
  Movement,
  OverallResult,
  ReportNumber,
  Verdict
} from './report.js'
export { RuleMatcher, ruleMatcherFor } from './rule-matcher.js'
export type { ResolvedRule } from './rule-matcher.js'
export { BUILT_IN_DEFAULTS, DEFAULT_ALPHA, DEFAULT_RULES } from './rules.js'
export type {
  AbsenceOutcome,
  AlertMode,
  ComparisonRules,
  FailOn,
  GroupGating,
  MetricRule,
  RuleDefaults
} from './rules.js'
export { comparisonRulesFromValue, parseComparisonRules } from './rules-parser.js'
export { parseSettingNumber } from './setting-number.js'
export { withReportEnvelope } from './report-envelope.js'
export type {
  BaselineProvenance,
  BaselineSide,
  BaselineSource,
  MetricsComparisonReport,
  ReportEnvelope,
  ReportPullRequest,
  ReportSubject
} from './report-envelope.js'
export { comparisonVerdict, DEFAULT_MAX_ROWS, renderComparisonMarkdown } from './report-markdown.js'
export type { ComparisonMarkdownOptions } from './report-markdown.js'
export {
  HISTORY_LIMIT,
  formatMetricHistory,
  historyPointOf,
  parseMetricHistory
} from './history.js'
export type { HistoryPoint } from './history.js'
export {
  allComparisons,
  candidateDocumentOf,
  historyPointOfReport,
  parseMetricsComparisonReport
} from './report-reader.js'
