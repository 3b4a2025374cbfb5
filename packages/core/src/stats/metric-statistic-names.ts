import { nameWords } from '../compare/direction.js'
import { canonicalClassName } from './prediction-set.js'

/**
 * Which statistic recomputed from (label, prediction, score) pairs backs a metric of a metrics
 * file, from its name. The ids:
 * - count metrics (one multinomial bootstrap): `accuracy`, `error-rate`, `precision[<class>]`,
 *   `recall[<class>]`, `f1[<class>]`, `<macro|weighted|micro>-<precision|recall|f1>`, and the
 *   binary shorthands `precision`, `recall`, `f1` (of the positive class);
 * - scores: `roc-auc` (DeLong, binary), `log-loss`, `brier` (paired bootstrap of the per-sample
 *   loss; Brier binary only);
 * - regression: `mae`, `mse`, `rmse`, `r2` (paired bootstrap over the samples).
 *
 * Names (words split on punctuation and camelCase, any prefix such as `eval_`, `val_`, `test_`,
 * `overall.`, `metrics.`): the last word decides the score (precision; recall, sensitivity, tpr;
 * f1, f1-score, f1_score; accuracy, acc; error rate; auc, auroc, roc_auc but not pr_auc; log
 * loss, logloss, cross entropy; brier; mae, mean absolute error; mse, mean squared error; rmse,
 * root mean squared error; r2, r squared; before a trailing average word, as scikit-learn's scorers
 * spell f1_macro), an average word anywhere picks the average (macro,
 * weighted, micro; balanced accuracy is macro recall). Without one, precision/recall/F1 are
 * binary for two classes and macro otherwise, except Made-With-ML's `overall.*`, which are
 * weighted. Group cells `<group>.<member>.<field>` whose member is a class of the predictions
 * (scikit-learn classification_report, Made-With-ML per_class) get the per-class statistic;
 * other members (slices) and counts (support, num_samples) have none.
 */
export interface NameContext {
  readonly classes: readonly string[]
  /** The metrics file's detected format, e.g. 'mwml-evaluation'. */
  readonly format?: string
}

const AVERAGE_WORDS = new Set(['macro', 'weighted', 'micro'])
const COUNT_WORDS = new Set(['support', 'samples', 'count', 'num'])

type ScoreWord = 'precision' | 'recall' | 'f1'

function scoreOf(words: readonly string[]): ScoreWord | undefined {
  const last = words.at(-1) ?? ''
  const previous = words.at(-2) ?? ''
  if (last === 'precision') return 'precision'
  if (last === 'recall' || last === 'sensitivity' || last === 'tpr') return 'recall'
  if (last === 'f1' || (last === 'score' && previous === 'f1')) return 'f1'
  return undefined
}

export function statisticForMetricName(name: string, context: NameContext): string | undefined {
  const words = nameWords(name)
  const last = words.at(-1) ?? ''
  const previous = words.at(-2) ?? ''
  const has = (word: string): boolean => words.includes(word)
  // neg_* are scikit-learn scorers' negated losses: a recomputed loss would have the wrong sign.
  if (COUNT_WORDS.has(last) || words.some((word) => /^top\d*$/.test(word)) || has('neg'))
    return undefined
  const average = words.find((word) => AVERAGE_WORDS.has(word))
  if (last === 'accuracy' || last === 'acc') {
    if (has('balanced')) return 'macro-recall'
    return 'accuracy'
  }
  if (last === 'rate' && previous === 'error') return 'error-rate'
  if (last === 'auc' || last === 'auroc')
    return has('pr') || has('precision') ? undefined : 'roc-auc'
  if ((last === 'loss' && previous === 'log') || last === 'logloss') return 'log-loss'
  if (last === 'entropy' && previous === 'cross') return 'log-loss'
  if (has('brier')) return 'brier'
  if (last === 'mae' || (last === 'error' && previous === 'absolute')) return 'mae'
  if (last === 'rmse' || (last === 'error' && previous === 'squared' && has('root'))) return 'rmse'
  if (last === 'mse' || (last === 'error' && previous === 'squared')) return 'mse'
  if (last === 'r2' || (last === 'score' && previous === 'r2')) return 'r2'
  if ((last === 'squared' && previous === 'r') || last === 'rsquared') return 'r2'
  // scikit-learn's scorer names put the average last: f1_macro, precision_weighted, recall_micro.
  const score = scoreOf(AVERAGE_WORDS.has(last) ? words.slice(0, -1) : words)
  if (score === undefined) return undefined
  if (average !== undefined) return `${average}-${score}`
  if (context.format === 'mwml-evaluation' && words[0] === 'overall') return `weighted-${score}`
  return context.classes.length > 2 ? `macro-${score}` : score
}

/** A group cell: the per-class statistic when the member names a class of the predictions. */
export function statisticForGroupCell(
  member: string,
  field: string,
  context: NameContext
): string | undefined {
  const className = canonicalClassName(member)
  if (!context.classes.includes(className)) return undefined
  const score = scoreOf(nameWords(field))
  return score === undefined ? undefined : `${score}[${className}]`
}

const COUNT_STATISTIC =
  /^(?:accuracy|error-rate|(?:precision|recall|f1)(?:\[.*\])?|(?:macro|weighted|micro)-(?:precision|recall|f1))$/

export function isCountStatistic(id: string): boolean {
  return COUNT_STATISTIC.test(id)
}

export const SCORE_STATISTICS = ['roc-auc', 'log-loss', 'brier'] as const
export const REGRESSION_STATISTICS = ['mae', 'mse', 'rmse', 'r2'] as const

export function isStatisticId(id: string): boolean {
  return (
    isCountStatistic(id) ||
    (SCORE_STATISTICS as readonly string[]).includes(id) ||
    (REGRESSION_STATISTICS as readonly string[]).includes(id)
  )
}
