import { describe, expect, it } from '@jest/globals'
import {
  inferDirection,
  LOWER_IS_BETTER,
  nameWords,
  NEUTRAL_WORDS
} from '../../src/compare/index.js'

/** The definition inferDirection implements with two regexes, written on the word list. */
function byWords(name: string): string {
  const lower = new Set(LOWER_IS_BETTER.flatMap((word) => [word, `${word}s`, `${word}es`]))
  const words = nameWords(name)
  if (words.some((word) => lower.has(word))) return 'lower'
  const last = words.at(-1)
  return last !== undefined && NEUTRAL_WORDS.includes(last) ? 'neutral' : 'higher'
}

const NAMES = [
  'val_loss',
  'valLoss',
  'eval/loss',
  'ABCLoss',
  'lossy',
  'losses',
  'num_samples',
  'epoch_time',
  'time_epoch',
  'train.epoch',
  'x.epoch..',
  'EPOCH',
  'epochs',
  'f1',
  'Perplexity',
  'errorRate',
  'errors',
  'top5_err',
  'steps_per_second',
  'sizes',
  'mse.',
  'wer%',
  'accuracy',
  'support',
  'class_support.f1',
  '',
  '...',
  'latency_p95_ms',
  'latencyMs',
  'timestamp'
]

describe('inferDirection', () => {
  it.each(NAMES)('agrees with the word-list definition for %p', (name) => {
    expect(inferDirection(name)).toBe(byWords(name))
  })
})
