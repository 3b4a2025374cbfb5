/**
 * Which way a metric should move. When a rule does not say, the name decides: it is split into
 * words (at any non-alphanumeric character and at camelCase humps, so `val_loss`, `eval/loss`
 * and `valLoss` all contain "loss"), and
 * - any word from LOWER_IS_BETTER (optionally plural) → lower;
 * - otherwise a last word from NEUTRAL_WORDS (bookkeeping such as epoch or support) → neutral;
 * - otherwise → higher (accuracy, f1, auc, bleu, throughput …).
 */
export type MetricDirection = 'higher' | 'lower' | 'neutral'

export const LOWER_IS_BETTER: readonly string[] = [
  'loss',
  'error',
  'err',
  'latency',
  'mae',
  'mape',
  'mse',
  'rmse',
  'msle',
  'logloss',
  'time',
  'runtime',
  'duration',
  'size',
  'perplexity',
  'ppl',
  'wer',
  'cer',
  'fpr',
  'fnr',
  'eer'
]

export const NEUTRAL_WORDS: readonly string[] = [
  'epoch',
  'epochs',
  'step',
  'steps',
  'seed',
  'support',
  'count',
  'samples'
]

const lowerWords = new Set(LOWER_IS_BETTER.flatMap((word) => [word, `${word}s`, `${word}es`]))
const neutralWords = new Set(NEUTRAL_WORDS)

export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
}

// The same test as on nameWords' output, as one regex each: this runs once per metric, 10^5 times.
const alternatives = (words: Iterable<string>): string => [...words].join('|')
const LOWER_WORD = new RegExp(`(?:^|[^a-z0-9])(?:${alternatives(lowerWords)})(?![a-z0-9])`)
const NEUTRAL_LAST_WORD = new RegExp(`(?:^|[^a-z0-9])(?:${alternatives(neutralWords)})[^a-z0-9]*$`)

export function inferDirection(name: string): MetricDirection {
  const lowered = loweredWords(name)
  if (LOWER_WORD.test(lowered)) return 'lower'
  if (NEUTRAL_LAST_WORD.test(lowered)) return 'neutral'
  return 'higher'
}

/** Whether the name's last word is a count or a step (support, samples, epoch): not a quality. */
export function endsWithNeutralWord(name: string): boolean {
  return NEUTRAL_LAST_WORD.test(loweredWords(name))
}

/** The name lowercased with its camelCase humps spaced: nameWords' words, unsplit. */
export function loweredWords(name: string): string {
  const spaced = /[A-Z]/.test(name) ? name.replace(/([a-z0-9])([A-Z])/g, '$1 $2') : name
  return spaced.toLowerCase()
}
