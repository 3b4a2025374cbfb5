export {
  DEFAULT_PERCENT_SIGNIFICANT_DIGITS,
  DEFAULT_SIGNIFICANT_DIGITS,
  formatDelta,
  formatNumber,
  formatPercentChange,
  formatPlainDecimal,
  formatSigned,
  type DeltaFormatOptions,
  type NumberFormatOptions
} from './number-format.js'
export { escapeCell, escapeHtml, escapeLineStart, escapeText } from './escape.js'
export { codeBlock, inlineCode } from './code.js'
export { isTrustedMarkdown, trustedMarkdown, type TrustedMarkdown } from './trusted.js'
export { MISSING_CELL, table, type Align, type Cell, type TableOptions } from './table.js'
export { details, type DetailsOptions } from './details.js'
export { heading } from './heading.js'
export { xyChart, type ChartSeries, type XyChartOptions } from './xy-chart.js'
export {
  COMMENT_LIMIT_CODE_POINTS,
  fitMarkdown,
  JOB_SUMMARY_LIMIT,
  type FitOptions,
  type Fitted
} from './fit-markdown.js'
export { filterKeys, loadKeyGlobs, type KeyFilter } from './key-filter.js'
export { renderValue } from './render-value.js'
export type { RenderOptions } from './render-settings.js'
export { countCodePoints, showInvisible, utf8Length } from './unicode.js'
export { columnFormat, fixedFormat, type ColumnFormat } from './column-format.js'
export { displayPath } from './display-path.js'
export { formatDistinct, numbersIn } from './distinct-number.js'
export { ISSUE_TITLE_LIMIT, plainTitle } from './plain-title.js'
