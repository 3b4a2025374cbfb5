/**
 * The status vocabulary of a metric comparison, in one place: the report's `verdict` field, the
 * words a comment shows and what each means. Renderers take the label from here rather than
 * spelling their own, so a reviewer reads the same word in the comment, the summary and the
 * gate's decision.
 *
 * The statuses separate what the numbers did from what the statistics can say:
 * - a change beyond tolerance is `regressed` / `improved` only when the evidence says it is real
 *   (significant after the multiplicity correction, or no statistics exist for the metric);
 * - beyond tolerance but not significant is `no-significant-change`, reported with the minimum
 *   detectable effect so "no change" and "too few samples" can be told apart;
 * - `inconclusive` is kept for evidence that cannot decide at all (a degenerate test: NaN p-value
 *   or interval), never for an ordinary non-significant change.
 */
export type Verdict =
  | 'regressed'
  | 'improved'
  /** A neutral metric moved beyond its tolerance. */
  | 'changed'
  /** Beyond tolerance, but not significant at α (after correction). */
  | 'no-significant-change'
  /** Beyond tolerance with statistics that cannot decide (degenerate test). */
  | 'inconclusive'
  /** Moved, but no more than the tolerance allows. */
  | 'within-tolerance'
  /** Equal to the baseline (up to floating-point representation). */
  | 'unchanged'
  | 'missing'
  | 'new'
  | 'failed-bound'

export const VERDICTS: readonly Verdict[] = [
  'regressed',
  'improved',
  'changed',
  'no-significant-change',
  'inconclusive',
  'within-tolerance',
  'unchanged',
  'missing',
  'new',
  'failed-bound'
]

/** The words a comment shows for each status. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  regressed: 'regressed',
  improved: 'improved',
  changed: 'changed',
  'no-significant-change': 'no significant change',
  inconclusive: 'inconclusive',
  'within-tolerance': 'within tolerance',
  unchanged: 'unchanged',
  missing: 'missing',
  new: 'new',
  'failed-bound': 'out of bounds'
}

/** One sentence per status, for legends and docs. */
export const VERDICT_MEANINGS: Readonly<Record<Verdict, string>> = {
  regressed:
    'worse by more than the tolerance, and significant at α after the correction (or the metric has no statistics)',
  improved: 'better by more than the tolerance, and significant (or the metric has no statistics)',
  changed: 'a neutral metric moved by more than its tolerance',
  'no-significant-change':
    'moved by more than the tolerance, but not significantly; the minimum detectable effect says what this sample could have detected',
  inconclusive:
    'moved by more than the tolerance, and the statistics cannot decide (degenerate test)',
  'within-tolerance': 'moved, but no more than the tolerance allows',
  unchanged: 'equal to the baseline',
  missing: 'in the baseline (or required) but absent from the candidate',
  new: 'absent from the baseline',
  'failed-bound': 'outside its min/max bounds'
}

/**
 * Where a metric's evidence came from, when per-sample predictions were given:
 * `statistics`: recomputed from the predictions (CI, p-value, MDE in the report);
 * `no-statistics`: cannot be recomputed from (label, prediction, score), so judged on tolerance
 * alone, and not gated at all when that tolerance is zero.
 */
export type EvidenceKind = 'statistics' | 'no-statistics'

export const EVIDENCE_LABELS: Readonly<Record<EvidenceKind, string>> = {
  statistics: 'statistics',
  'no-statistics': 'no statistics'
}

/** Multiplicity correction over the gated metrics of one comparison. */
export type Correction = 'holm' | 'bh' | 'none'

export const CORRECTIONS: readonly Correction[] = ['holm', 'bh', 'none']

export const CORRECTION_LABELS: Readonly<Record<Correction, string>> = {
  holm: 'Holm (family-wise error rate)',
  bh: 'Benjamini–Hochberg (false discovery rate)',
  none: 'none'
}

export const DEFAULT_CORRECTION: Correction = 'holm'

/** Power at which the minimum detectable effect is stated. */
export const DEFAULT_POWER = 0.8
