import { ConfigurationError } from '../errors.js'
import { parseYamlText } from '../yaml-text.js'
import { FieldPathError, parseFieldPath, type FieldPath } from './field-path.js'
import {
  MISSING_OUTCOMES,
  PROVENANCE_MODES,
  type Direction,
  type FieldRef,
  type MissingOutcome,
  type Policy,
  type PolicyRule,
  type ProvenanceMode,
  type ProvenancePolicy,
  type Scalar,
  type Tolerance
} from './policy.js'
import { isRecord } from '../metrics/json-object.js'

/**
 * Policy file (YAML, or JSON, which is YAML):
 *
 *   on-missing: reject             # default for every rule: reject | inconclusive | pass
 *   provenance:                    # each: required | if-present | off
 *     git-sha: required            # report.gitSha = the candidate's commit
 *     subject: required            # report.subject names the candidate version and its digest
 *     baseline: required           # report.baseline is still the alias's current version
 *   rules:                         # a list of rules with `name`, or a map name → rule
 *     - name: comparison passed
 *       report: metrics-comparison  # the report's `kind`
 *       field: overall             # dotted path; metrics[name=accuracy].candidate selects in arrays
 *       equals: pass               # or: in: [...], min/max, range: [lo, hi], compare-to
 *     - name: accuracy not worse than production
 *       report: candidate-model
 *       field: metrics.accuracy
 *       compare-to: {report: baseline-model}   # field defaults to the same path
 *       direction: higher
 *       tolerance: 0.5%            # or an absolute 0.005
 *     - {name: reports, require-reports: [train-evaluate, onnx-verification]}
 *     - {name: lineage, require-lineage: [git.sha, datasets]}
 *     - {name: branches, allowed-refs: [main, 'refs/tags/v*']}
 *     - {name: events, allowed-events: [push, workflow_dispatch], report-only: true}
 *
 * Unknown keys, duplicate names and a rule with two checks are errors: a typo must not silently
 * open the gate.
 */
const TOP_LEVEL_KEYS = ['version', 'on-missing', 'provenance', 'rules'] as const
const PROVENANCE_KEYS = ['git-sha', 'subject', 'baseline'] as const
const COMMON_KEYS = ['name', 'report-only', 'on-missing'] as const
const FIELD_KEYS = ['report', 'field'] as const
const CHECKS = {
  threshold: ['min', 'max'],
  range: ['range'],
  equals: ['equals'],
  in: ['in'],
  relative: ['compare-to', 'direction', 'tolerance'],
  'reports-present': ['require-reports'],
  lineage: ['require-lineage'],
  'allowed-refs': ['allowed-refs'],
  'allowed-events': ['allowed-events']
} as const
type CheckName = keyof typeof CHECKS
const FIELD_CHECKS: readonly CheckName[] = ['threshold', 'range', 'equals', 'in', 'relative']

export const INLINE_POLICY_SOURCE = 'inline policy'

export async function parsePolicy(text: string, source: string): Promise<Policy> {
  const value = await parseYamlText(text, {
    failure: `Policy ${source} is not valid YAML`,
    input: 'policy'
  })
  return policyFromValue(value, source)
}

export function policyFromValue(value: unknown, source: string): Policy {
  const fail = (message: string): never => {
    throw new ConfigurationError(`Policy ${source}: ${message}`, 'policy')
  }
  if (!isRecord(value)) return fail('must be a mapping with a "rules" list')
  checkKeys(value, TOP_LEVEL_KEYS, 'the top level', fail)
  if (value.version !== undefined && value.version !== 1) fail('version must be 1')
  const onMissing = oneOf(value['on-missing'], MISSING_OUTCOMES, 'reject', '"on-missing"', fail)
  const provenance = parseProvenance(value.provenance, fail)
  const rules = ruleEntries(value.rules, fail).map(([name, body, where]) =>
    parseRule(name, body, onMissing, (message) => fail(`rule "${name}" (${where}): ${message}`))
  )
  if (rules.length === 0) fail('has no rules; a gate without rules would approve anything')
  return { source, rules, provenance }
}

function parseProvenance(value: unknown, fail: (m: string) => never): ProvenancePolicy {
  if (value === undefined || value === null) {
    return { gitSha: 'required', subject: 'required', baseline: 'required' }
  }
  if (!isRecord(value)) return fail('"provenance" must be a mapping')
  checkKeys(value, PROVENANCE_KEYS, '"provenance"', fail)
  const mode = (key: (typeof PROVENANCE_KEYS)[number]): ProvenanceMode =>
    oneOf(value[key], PROVENANCE_MODES, 'required', `provenance "${key}"`, fail)
  return { gitSha: mode('git-sha'), subject: mode('subject'), baseline: mode('baseline') }
}

type Entry = [name: string, body: Record<string, unknown>, where: string]

function ruleEntries(value: unknown, fail: (m: string) => never): Entry[] {
  if (value === undefined || value === null) return []
  const entries: Entry[] = []
  if (Array.isArray(value)) {
    value.forEach((body: unknown, index) => {
      const where = `rules[${index}]`
      if (!isRecord(body)) fail(`${where} must be a mapping`)
      const record = body as Record<string, unknown>
      const name = record.name
      if (typeof name !== 'string' || name.trim() === '') fail(`${where} needs a "name"`)
      entries.push([(name as string).trim(), record, where])
    })
  } else if (isRecord(value)) {
    for (const [name, body] of Object.entries(value)) {
      if (!isRecord(body)) fail(`rule "${name}" must be a mapping`)
      const record = body as Record<string, unknown>
      if (record.name !== undefined)
        fail(`rule "${name}": a rule in a map takes its name from the key`)
      entries.push([name, record, `rules.${name}`])
    }
  } else {
    fail('"rules" must be a list or a mapping')
  }
  const seen = new Set<string>()
  for (const [name] of entries) {
    if (seen.has(name)) fail(`two rules are named "${name}"`)
    seen.add(name)
  }
  return entries
}

function parseRule(
  name: string,
  body: Record<string, unknown>,
  defaultMissing: MissingOutcome,
  fail: (m: string) => never
): PolicyRule {
  const present = (Object.keys(CHECKS) as CheckName[]).filter((check) =>
    CHECKS[check].some((key) => key in body)
  )
  if (present.length === 0) {
    fail(
      'has no check: give min/max, range, equals, in, compare-to, require-reports, require-lineage, allowed-refs or allowed-events'
    )
  }
  if (present.length > 1)
    fail(`has more than one check (${present.join(', ')}); split it into rules`)
  const check = present[0] as CheckName
  const isFieldCheck = FIELD_CHECKS.includes(check)
  checkKeys(
    body,
    [...COMMON_KEYS, ...(isFieldCheck ? FIELD_KEYS : []), ...CHECKS[check]],
    'this rule',
    fail
  )
  const reportOnly = body['report-only'] ?? false
  if (typeof reportOnly !== 'boolean') fail('"report-only" must be true or false')
  const base = {
    name,
    reportOnly: reportOnly as boolean,
    onMissing: oneOf(body['on-missing'], MISSING_OUTCOMES, defaultMissing, '"on-missing"', fail)
  }
  if (!isFieldCheck) return parseContextRule(check, body, base, fail)
  const ref = fieldRef(body, fail)
  switch (check) {
    case 'threshold': {
      const min = optionalNumber(body.min, '"min"', fail)
      const max = optionalNumber(body.max, '"max"', fail)
      if (min !== undefined && max !== undefined && min > max)
        fail(`"min" ${min} is above "max" ${max}`)
      return {
        type: 'threshold',
        ...base,
        ...ref,
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {})
      }
    }
    case 'range': {
      const range = body.range
      if (!Array.isArray(range) || range.length !== 2) fail('"range" must be [min, max]')
      const [min, max] = (range as unknown[]).map((bound, i) =>
        requiredNumber(bound, `"range"[${i}]`, fail)
      ) as [number, number]
      if (min > max) fail(`"range" [${min}, ${max}] is empty`)
      return { type: 'threshold', ...base, ...ref, min, max }
    }
    case 'equals':
      return { type: 'equals', ...base, ...ref, expected: scalar(body.equals, '"equals"', fail) }
    case 'in': {
      if (!Array.isArray(body.in) || body.in.length === 0) fail('"in" must be a non-empty list')
      const expected = (body.in as unknown[]).map((item, i) => scalar(item, `"in"[${i}]`, fail))
      return { type: 'in', ...base, ...ref, expected }
    }
    default:
      return {
        type: 'relative',
        ...base,
        ...ref,
        compareTo: compareTo(body['compare-to'], ref, fail),
        direction: direction(body.direction, fail),
        tolerance: tolerance(body.tolerance, fail)
      }
  }
}

function parseContextRule(
  check: CheckName,
  body: Record<string, unknown>,
  base: { name: string; reportOnly: boolean; onMissing: MissingOutcome },
  fail: (m: string) => never
): PolicyRule {
  const key = CHECKS[check][0]
  const list = stringList(body[key], `"${key}"`, fail)
  switch (check) {
    case 'reports-present':
      return { type: 'reports-present', ...base, kinds: list }
    case 'lineage':
      return { type: 'lineage', ...base, fields: list.map((text) => path(text, `"${key}"`, fail)) }
    case 'allowed-refs':
      for (const pattern of list) checkRefPattern(pattern, fail)
      return { type: 'allowed-refs', ...base, patterns: list }
    default:
      return { type: 'allowed-events', ...base, events: list }
  }
}

function fieldRef(body: Record<string, unknown>, fail: (m: string) => never): FieldRef {
  const report = body.report
  if (typeof report !== 'string' || report.trim() === '') fail('needs "report" (a report kind)')
  if (typeof body.field !== 'string') fail('needs "field" (a dotted path into the report)')
  return { report: (report as string).trim(), field: path(body.field as string, '"field"', fail) }
}

function compareTo(value: unknown, own: FieldRef, fail: (m: string) => never): FieldRef {
  const target = typeof value === 'string' ? { field: value } : value
  if (!isRecord(target)) return fail('"compare-to" must be a field path or {report, field}')
  checkKeys(target, ['report', 'field'], '"compare-to"', fail)
  if (target.report !== undefined && (typeof target.report !== 'string' || target.report === '')) {
    fail('"compare-to.report" must be a report kind')
  }
  if (target.field !== undefined && typeof target.field !== 'string') {
    fail('"compare-to.field" must be a dotted path')
  }
  const report = (target.report as string | undefined) ?? own.report
  const field =
    target.field === undefined ? own.field : path(target.field as string, '"compare-to"', fail)
  if (report === own.report && field.text === own.field.text) {
    fail('"compare-to" names the very value it compares; give another report or field')
  }
  return { report, field }
}

function direction(value: unknown, fail: (m: string) => never): Direction {
  if (value === 'higher' || value === 'lower') return value
  return fail('a compare-to rule needs "direction": higher or lower (which way is better)')
}

function tolerance(value: unknown, fail: (m: string) => never): Tolerance {
  if (value === undefined || value === null) return { value: 0, relative: false }
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
    return { value, relative: false }
  }
  const percent = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value) : null
  if (percent) return { value: Number(percent[1]) / 100, relative: true }
  return fail(
    `"tolerance" must be a number ≥ 0 or a percentage like "1%", got ${JSON.stringify(value)}`
  )
}

function path(text: string, what: string, fail: (m: string) => never): FieldPath {
  try {
    return parseFieldPath(text)
  } catch (error) {
    if (error instanceof FieldPathError) return fail(`${what}: ${error.message}`)
    throw error
  }
}

function stringList(value: unknown, what: string, fail: (m: string) => never): string[] {
  const list = typeof value === 'string' ? [value] : value
  if (!Array.isArray(list) || list.length === 0) fail(`${what} must be a non-empty list`)
  return (list as unknown[]).map((item) => {
    if (typeof item !== 'string' || item.trim() === '') fail(`${what} must list non-empty strings`)
    return (item as string).trim()
  })
}

function optionalNumber(
  value: unknown,
  what: string,
  fail: (m: string) => never
): number | undefined {
  return value === undefined || value === null ? undefined : requiredNumber(value, what, fail)
}

function requiredNumber(value: unknown, what: string, fail: (m: string) => never): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  return fail(`${what} must be a finite number, got ${JSON.stringify(value)}`)
}

function scalar(value: unknown, what: string, fail: (m: string) => never): Scalar {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
    return value as Scalar
  return fail(`${what} must be a string, number, boolean or null`)
}

function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  what: string,
  fail: (m: string) => never
): T {
  if (value === undefined || value === null) return fallback
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  return fail(`${what} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`)
}

function checkKeys(
  value: Record<string, unknown>,
  allowed: readonly string[],
  where: string,
  fail: (m: string) => never
): void {
  const unknown = Object.keys(value).filter((key) => !allowed.includes(key))
  if (unknown.length > 0) {
    fail(
      `unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} in ${where} (allowed: ${allowed.join(', ')})`
    )
  }
}

// A glob becomes a backtracking regular expression: each wildcard or alternation multiplies the
// work on a ref that almost matches, and the ref is the pusher's to choose. Four `*` take a second
// on a 250-character branch name and six take minutes; three stay within milliseconds.
const MAX_REF_WILDCARDS = 3
const REF_WILDCARD = /\*+|\?|\{|[@!+](?=\()/g

function checkRefPattern(pattern: string, fail: (m: string) => never): void {
  const wildcards = pattern.match(REF_WILDCARD)?.length ?? 0
  if (wildcards > MAX_REF_WILDCARDS) {
    fail(
      `allowed-refs pattern "${pattern}" has ${wildcards} wildcards or alternations; at most ` +
        `${MAX_REF_WILDCARDS} are allowed, because matching more can take minutes on a crafted ` +
        'branch name (list several simpler patterns instead)'
    )
  }
}
