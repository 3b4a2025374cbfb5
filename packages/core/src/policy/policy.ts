import type { FieldPath } from './field-path.js'

/** What a rule does when the value it needs is absent: fail closed by default. */
export type MissingOutcome = 'reject' | 'inconclusive' | 'pass'
export const MISSING_OUTCOMES: readonly MissingOutcome[] = ['reject', 'inconclusive', 'pass']

/** How strictly a provenance check applies: always, only when the report carries the field, never. */
export type ProvenanceMode = 'required' | 'if-present' | 'off'
export const PROVENANCE_MODES: readonly ProvenanceMode[] = ['required', 'if-present', 'off']

export interface ProvenancePolicy {
  /** Each report's gitSha must equal the candidate's commit. */
  readonly gitSha: ProvenanceMode
  /** Each report's subject (model, version, sha256) must be the candidate version in the registry. */
  readonly subject: ProvenanceMode
  /** A report's baseline must still be the alias's current version. */
  readonly baseline: ProvenanceMode
}

export type Direction = 'higher' | 'lower'

/** `0.01` is absolute; `'1%'` is relative to |baseline|. */
export interface Tolerance {
  readonly value: number
  readonly relative: boolean
}

interface RuleBase {
  readonly name: string
  /** Rules that report but never change the verdict (Argo's dryRun). */
  readonly reportOnly: boolean
  readonly onMissing: MissingOutcome
}

/** A value in a report, addressed by the report's `kind` and a dotted path. */
export interface FieldRef {
  readonly report: string
  readonly field: FieldPath
}

export interface ThresholdRule extends RuleBase, FieldRef {
  readonly type: 'threshold'
  readonly min?: number
  readonly max?: number
}

export interface EqualsRule extends RuleBase, FieldRef {
  readonly type: 'equals'
  readonly expected: Scalar
}

export interface OneOfRule extends RuleBase, FieldRef {
  readonly type: 'in'
  readonly expected: readonly Scalar[]
}

export interface RelativeRule extends RuleBase, FieldRef {
  readonly type: 'relative'
  readonly compareTo: FieldRef
  readonly direction: Direction
  readonly tolerance: Tolerance
}

export interface ReportsPresentRule extends RuleBase {
  readonly type: 'reports-present'
  readonly kinds: readonly string[]
}

export interface LineageRule extends RuleBase {
  readonly type: 'lineage'
  readonly fields: readonly FieldPath[]
}

export interface AllowedRefsRule extends RuleBase {
  readonly type: 'allowed-refs'
  readonly patterns: readonly string[]
}

export interface AllowedEventsRule extends RuleBase {
  readonly type: 'allowed-events'
  readonly events: readonly string[]
}

export type PolicyRule =
  | ThresholdRule
  | EqualsRule
  | OneOfRule
  | RelativeRule
  | ReportsPresentRule
  | LineageRule
  | AllowedRefsRule
  | AllowedEventsRule

export type RuleType = PolicyRule['type']

export type Scalar = string | number | boolean | null

export interface Policy {
  /** Where the policy came from (a file path or "inline policy"), for messages. */
  readonly source: string
  readonly rules: readonly PolicyRule[]
  readonly provenance: ProvenancePolicy
}

/** One report the gate read, already parsed. Unknown kinds are fine: rules address kinds by name. */
export interface PolicyReport {
  readonly kind: string
  /** The file it came from, for messages. */
  readonly source: string
  readonly data: unknown
}

export interface PolicyContext {
  /** GITHUB_REF of the run, e.g. refs/heads/main. */
  readonly ref?: string
  /** GITHUB_EVENT_NAME of the run. */
  readonly event?: string
  /** The candidate version's lineage from the registry. */
  readonly lineage?: unknown
}

export type RuleStatus = 'pass' | 'fail' | 'missing'
/** What a result did to the verdict. */
export type RuleEffect = 'none' | 'reject' | 'inconclusive'
export type GateVerdict = 'approve' | 'reject' | 'inconclusive'

/** A rule's (or a gate check's) outcome: JSON-serialisable, shown as one row of the rule table. */
export interface RuleResult {
  readonly name: string
  /** Rule type, or `provenance` / `trust` for the gate's own checks. */
  readonly type: string
  /** What was looked at, e.g. `metrics-comparison: overall`. */
  readonly subject: string
  readonly observed: unknown
  readonly expected: string
  readonly status: RuleStatus
  readonly effect: RuleEffect
  readonly reportOnly: boolean
  /** One sentence: why it passed or failed. */
  readonly detail: string
}

export interface GateEvaluation {
  readonly verdict: GateVerdict
  /** One line per result that rejected or made the verdict inconclusive, rejections first. */
  readonly reasons: readonly string[]
  readonly results: readonly RuleResult[]
}
