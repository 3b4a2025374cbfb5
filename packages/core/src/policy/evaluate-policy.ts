import { loadGlobEngine, type GlobEngine } from '../glob-engine.js'
import { lookupField, type FieldPath } from './field-path.js'
import type {
  FieldRef,
  Policy,
  PolicyContext,
  PolicyReport,
  PolicyRule,
  RuleResult,
  RuleStatus
} from './policy.js'
import {
  checkEquals,
  checkOneOf,
  checkRelative,
  checkThreshold,
  describeRelative,
  describeThreshold,
  show,
  type CheckOutcome
} from './value-checks.js'
import { effectOf } from './verdict.js'

const MAX_REF_LENGTH = 512

type FieldRule = Extract<PolicyRule, FieldRef>

/**
 * Every rule of the policy against the reports and the run, in policy order. Pure: no I/O, no
 * `eval`; rules are data interpreted here.
 */
export async function evaluatePolicy(
  policy: Policy,
  reports: readonly PolicyReport[],
  context: PolicyContext
): Promise<RuleResult[]> {
  // Only allowed-refs rules match globs; a policy without them never loads picomatch.
  const picomatch = policy.rules.some((rule) => rule.type === 'allowed-refs')
    ? await loadGlobEngine()
    : undefined
  return policy.rules.map((rule) => evaluateRule(rule, reports, context, picomatch))
}

function evaluateRule(
  rule: PolicyRule,
  reports: readonly PolicyReport[],
  context: PolicyContext,
  picomatch: GlobEngine | undefined
): RuleResult {
  switch (rule.type) {
    case 'reports-present':
      return reportsPresent(rule, reports)
    case 'lineage':
      return lineageFields(rule, context.lineage)
    case 'allowed-refs':
      // evaluatePolicy loaded picomatch because this rule exists.
      return allowedRefs(rule, context.ref, picomatch as GlobEngine)
    case 'allowed-events':
      return allowedEvents(rule, context.event)
    default:
      return fieldRule(rule, reports)
  }
}

interface Observation {
  readonly status: RuleStatus
  readonly observed: unknown
  readonly detail: string
}

/** A kind given by several reports (matrix shards) must pass in each of them. */
function fieldRule(rule: FieldRule, reports: readonly PolicyReport[]): RuleResult {
  const subject = `${rule.report}: ${rule.field.text}`
  const expected = expectedText(rule)
  const matching = reports.filter((report) => report.kind === rule.report)
  if (matching.length === 0) {
    return result(rule, subject, expected, {
      status: 'missing',
      observed: undefined,
      detail: `no ${rule.report} report was given`
    })
  }
  const observations = matching.map((report) => observe(rule, report, reports))
  const worst =
    observations.find((o) => o.status === 'fail') ??
    observations.find((o) => o.status === 'missing') ??
    (observations[0] as Observation)
  const observed =
    observations.length === 1 ? worst.observed : observations.map((o) => o.observed ?? null)
  return result(rule, subject, expected, { ...worst, observed })
}

function observe(rule: FieldRule, report: PolicyReport, all: readonly PolicyReport[]): Observation {
  const found = lookupField(report.data, rule.field)
  const where = matchingCount(all, report.kind) > 1 ? ` in ${report.source}` : ''
  if (!found.found) {
    return {
      status: 'missing',
      observed: undefined,
      detail: `${rule.field.text} is absent${where}`
    }
  }
  const outcome = check(rule, found.value, report, all)
  return 'missing' in outcome
    ? { status: 'missing', observed: found.value, detail: outcome.missing }
    : { status: outcome.status, observed: found.value, detail: `${outcome.detail}${where}` }
}

function check(
  rule: FieldRule,
  value: unknown,
  report: PolicyReport,
  all: readonly PolicyReport[]
): CheckOutcome | { missing: string } {
  switch (rule.type) {
    case 'threshold':
      return checkThreshold(value, rule.min, rule.max)
    case 'equals':
      return checkEquals(value, rule.expected)
    case 'in':
      return checkOneOf(value, rule.expected)
    case 'relative': {
      // Within one kind the baseline comes from the same report; across kinds from the first.
      const source =
        rule.compareTo.report === report.kind
          ? report
          : all.find((candidate) => candidate.kind === rule.compareTo.report)
      if (!source) return { missing: `no ${rule.compareTo.report} report to compare with` }
      const baseline = lookupField(source.data, rule.compareTo.field)
      if (!baseline.found) {
        return {
          missing: `the baseline ${rule.compareTo.report}: ${rule.compareTo.field.text} is absent`
        }
      }
      return checkRelative(value, baseline.value, rule.direction, rule.tolerance)
    }
  }
}

function expectedText(rule: FieldRule): string {
  switch (rule.type) {
    case 'threshold':
      return describeThreshold(rule.min, rule.max)
    case 'equals':
      return `= ${show(rule.expected)}`
    case 'in':
      return `one of ${rule.expected.map(show).join(', ')}`
    case 'relative':
      return `${describeRelative(rule.direction, rule.tolerance)} (${rule.compareTo.report}: ${rule.compareTo.field.text})`
  }
}

function reportsPresent(
  rule: Extract<PolicyRule, { type: 'reports-present' }>,
  reports: readonly PolicyReport[]
): RuleResult {
  const kinds = [...new Set(reports.map((report) => report.kind))]
  const absent = rule.kinds.filter((kind) => !kinds.includes(kind))
  return result(rule, 'reports', `all of ${rule.kinds.join(', ')}`, {
    status: absent.length === 0 ? 'pass' : 'fail',
    observed: kinds,
    detail:
      absent.length === 0
        ? `all ${rule.kinds.length} required reports are present`
        : `missing report${absent.length > 1 ? 's' : ''}: ${absent.join(', ')}`
  })
}

function lineageFields(
  rule: Extract<PolicyRule, { type: 'lineage' }>,
  lineage: unknown
): RuleResult {
  const present = (path: FieldPath) => {
    const found = lookupField(lineage, path)
    return found.found && !isEmpty(found.value)
  }
  const absent = rule.fields.filter((path) => !present(path)).map((path) => path.text)
  const observed = rule.fields.filter(present).map((path) => path.text)
  return result(rule, 'candidate lineage', `has ${rule.fields.map((p) => p.text).join(', ')}`, {
    status: absent.length === 0 ? 'pass' : 'fail',
    observed,
    detail:
      absent.length === 0
        ? 'every required lineage field is recorded'
        : `the candidate's lineage lacks ${absent.join(', ')}`
  })
}

function allowedRefs(
  rule: Extract<PolicyRule, { type: 'allowed-refs' }>,
  ref: string | undefined,
  picomatch: GlobEngine
): RuleResult {
  const expected = `matches ${rule.patterns.join(', ')}`
  if (!ref)
    return result(rule, 'ref', expected, {
      status: 'missing',
      observed: undefined,
      detail: 'the run has no ref'
    })
  // Git and GitHub keep branch names far shorter; a longer one is crafted, and only slows matching.
  if (ref.length > MAX_REF_LENGTH)
    return result(rule, 'ref', expected, {
      status: 'fail',
      observed: `${ref.slice(0, 40)}…`,
      detail: `the ref is ${ref.length} characters long, more than the ${MAX_REF_LENGTH} a real one has`
    })
  const short = ref.replace(/^refs\/(heads|tags)\//, '')
  const matches = rule.patterns.some((pattern) => {
    const test = picomatch(pattern, { dot: true })
    return test(ref) || test(short)
  })
  return result(rule, 'ref', expected, {
    status: matches ? 'pass' : 'fail',
    observed: ref,
    detail: matches ? `${ref} is allowed` : `${ref} is not an allowed ref`
  })
}

function allowedEvents(
  rule: Extract<PolicyRule, { type: 'allowed-events' }>,
  event: string | undefined
): RuleResult {
  const expected = `one of ${rule.events.join(', ')}`
  if (!event)
    return result(rule, 'event', expected, {
      status: 'missing',
      observed: undefined,
      detail: 'the run has no event name'
    })
  const ok = rule.events.includes(event)
  return result(rule, 'event', expected, {
    status: ok ? 'pass' : 'fail',
    observed: event,
    detail: ok ? `${event} is allowed` : `the event ${event} is not allowed to deploy`
  })
}

function result(
  rule: PolicyRule,
  subject: string,
  expected: string,
  observation: Observation
): RuleResult {
  return {
    name: rule.name,
    type: rule.type,
    subject,
    observed: observation.observed,
    expected,
    status: observation.status,
    effect: effectOf(observation.status, rule.reportOnly, rule.onMissing),
    reportOnly: rule.reportOnly,
    detail: observation.detail
  }
}

function matchingCount(reports: readonly PolicyReport[], kind: string): number {
  return reports.filter((report) => report.kind === kind).length
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  return typeof value === 'object' && Object.keys(value as object).length === 0
}
