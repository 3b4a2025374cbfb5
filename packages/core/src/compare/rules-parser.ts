import { ConfigurationError } from '../errors.js'
import { parseYamlText } from '../yaml-text.js'
import type { MetricDirection } from './direction.js'
import {
  BUILT_IN_DEFAULTS,
  DEFAULT_ALPHA,
  type AbsenceOutcome,
  type AlertMode,
  type ComparisonRules,
  type FailOn,
  type GroupGating,
  type MetricRule,
  type RuleDefaults
} from './rules.js'
import { parseSettingNumber } from './setting-number.js'
import { CORRECTIONS } from './verdicts.js'

/**
 * Rules file (YAML, or JSON, which is YAML):
 *
 *   fail-on: regression          # or inconclusive
 *   groups: report               # or gate: per-class cells gate without a rule naming them
 *   alpha: 0.05
 *   correction: holm             # or bh (Benjamini–Hochberg) or none, over the gated p-values
 *   exempt-headline: false       # true: metrics named exactly by a rule skip the correction
 *   power: 0.8                   # of the minimum detectable effect shown when not significant
 *   defaults:                    # any per-metric key except min/max
 *     rel-tolerance: 1%
 *     missing: warn              # fail | inconclusive | warn | pass
 *     new: pass
 *   metrics:                     # pattern → rule, or a list of {name: pattern, …}
 *     accuracy: {direction: higher, abs-tolerance: 0.005, min: 0.9, required: true}
 *     "per_class.*.f1": {rel-tolerance: 2%}
 *     "latency_*": {direction: lower, rel-tolerance: 10%, max: 250}
 *     epoch: {gate: false}
 *     loss: lower                # shorthand for {direction: lower}
 *
 * Per-metric keys: direction (higher | lower | neutral | auto), abs-tolerance, rel-tolerance
 * (a fraction ≥ 0 below 1, or any percentage "150%"), min, max, required, alert (regression |
 * improvement-too | both), gate, missing, new. Unknown keys are errors (a typo must not silently
 * disable a gate), as are duplicate patterns.
 */
const TOP_LEVEL_KEYS = [
  'defaults',
  'metrics',
  'fail-on',
  'groups',
  'alpha',
  'correction',
  'exempt-headline',
  'power'
] as const
const RULE_KEYS = [
  'direction',
  'abs-tolerance',
  'rel-tolerance',
  'min',
  'max',
  'required',
  'alert',
  'gate',
  'missing',
  'new'
] as const
const DEFAULT_KEYS = RULE_KEYS.filter((key) => key !== 'min' && key !== 'max')
const DIRECTIONS = ['higher', 'lower', 'neutral', 'auto'] as const
const ALERTS: readonly AlertMode[] = ['regression', 'improvement-too', 'both']
const ABSENCE: readonly AbsenceOutcome[] = ['fail', 'inconclusive', 'warn', 'pass']
const FAIL_ON: readonly FailOn[] = ['regression', 'inconclusive']
const GROUPS: readonly GroupGating[] = ['report', 'gate']

/** YAML (or JSON) rules text; the YAML parser is loaded on first use, not at every start-up. */
export async function parseComparisonRules(text: string, source: string): Promise<ComparisonRules> {
  const value = await parseYamlText(text, {
    failure: `${source}: not valid YAML/JSON`,
    input: 'rules',
    mapAsMap: true
  })
  return comparisonRulesFromValue(value, source)
}

/** Rules already parsed (e.g. a `compare:` section of a larger config file). */
export function comparisonRulesFromValue(value: unknown, source: string): ComparisonRules {
  const at = new Location(source)
  if (value === null || value === undefined) return withDefaults(source)
  const top = entriesOf(value, at.root())
  checkKeys(top, TOP_LEVEL_KEYS, at.root())
  const defaultsValue = top.get('defaults')
  const defaults =
    defaultsValue === undefined || defaultsValue === null
      ? BUILT_IN_DEFAULTS
      : parseDefaults(defaultsValue, at.child('defaults'))
  const metricsValue = top.get('metrics')
  const metrics =
    metricsValue === undefined || metricsValue === null
      ? []
      : parseMetrics(metricsValue, at.child('metrics'))
  const alpha = top.has('alpha')
    ? numberSetting(top.get('alpha'), at.child('alpha'))
    : DEFAULT_ALPHA
  if (!(alpha > 0 && alpha < 1)) at.child('alpha').fail(`must be between 0 and 1, got ${alpha}`)
  const power = top.has('power') ? numberSetting(top.get('power'), at.child('power')) : undefined
  if (power !== undefined && !(power > 0 && power < 1))
    at.child('power').fail(`must be between 0 and 1, got ${power}`)
  return {
    source,
    defaults,
    metrics,
    failOn: top.has('fail-on')
      ? choice(top.get('fail-on'), FAIL_ON, at.child('fail-on'))
      : 'regression',
    groups: top.has('groups') ? choice(top.get('groups'), GROUPS, at.child('groups')) : 'report',
    alpha,
    ...(top.has('correction')
      ? { correction: choice(top.get('correction'), CORRECTIONS, at.child('correction')) }
      : {}),
    ...(top.has('exempt-headline')
      ? {
          exemptHeadline: booleanSetting(top.get('exempt-headline'), at.child('exempt-headline'))
        }
      : {}),
    ...(power !== undefined ? { power } : {})
  }
}

function withDefaults(source: string): ComparisonRules {
  return {
    source,
    defaults: BUILT_IN_DEFAULTS,
    metrics: [],
    failOn: 'regression',
    groups: 'report',
    alpha: DEFAULT_ALPHA
  }
}

class Location {
  constructor(
    readonly source: string,
    readonly path: readonly string[] = []
  ) {}

  root(): Location {
    return this
  }

  child(key: string): Location {
    return new Location(this.source, [...this.path, key])
  }

  fail(problem: string): never {
    const where =
      this.path.length === 0
        ? ''
        : ` at ${this.path.map((part) => (/^[\w-]+$/.test(part) ? part : JSON.stringify(part))).join('.')}`
    throw new ConfigurationError(`${this.source}${where}: ${problem}`)
  }
}

function entriesOf(value: unknown, at: Location): Map<string, unknown> {
  if (value instanceof Map) {
    const entries = new Map<string, unknown>()
    for (const [key, item] of value) entries.set(String(key), item)
    return entries
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return new Map(Object.entries(value))
  }
  return at.fail(`expected a mapping, got ${describe(value)}`)
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`
  return `${typeof value} ${String(value)}`
}

function checkKeys(entries: Map<string, unknown>, allowed: readonly string[], at: Location): void {
  for (const key of entries.keys()) {
    if (allowed.includes(key)) continue
    const normalised = key
      .replace(/_/g, '-')
      .replace(/([a-z])([A-Z])/g, '$1-$2')
      .toLowerCase()
    const hint = allowed.includes(normalised)
      ? ` (did you mean '${normalised}'?)`
      : ` (allowed: ${allowed.join(', ')})`
    at.child(key).fail(`unknown key '${key}'${hint}`)
  }
}

function parseDefaults(value: unknown, at: Location): RuleDefaults {
  const entries = entriesOf(value, at)
  checkKeys(entries, DEFAULT_KEYS, at)
  const rule = parseRuleEntries('*', entries, at)
  return {
    ...BUILT_IN_DEFAULTS,
    ...(rule.direction !== undefined ? { direction: rule.direction } : {}),
    ...(rule.absTolerance !== undefined ? { absTolerance: rule.absTolerance } : {}),
    ...(rule.relTolerance !== undefined ? { relTolerance: rule.relTolerance } : {}),
    ...(rule.alert !== undefined ? { alert: rule.alert } : {}),
    ...(rule.gate !== undefined ? { gate: rule.gate } : {}),
    ...(rule.required !== undefined ? { required: rule.required } : {}),
    ...(rule.missing !== undefined ? { missing: rule.missing } : {}),
    ...(rule.new !== undefined ? { new: rule.new } : {})
  }
}

function parseMetrics(value: unknown, at: Location): MetricRule[] {
  const rules: MetricRule[] = []
  const seen = new Set<string>()
  const add = (pattern: string, body: unknown, where: Location): void => {
    if (pattern.trim() === '') where.fail('empty metric name or pattern')
    if (pattern.startsWith('!'))
      where.fail(`negated pattern '${pattern}' is not supported; write the patterns to match`)
    if (seen.has(pattern)) where.fail(`duplicate rule for '${pattern}'`)
    seen.add(pattern)
    rules.push(parseRule(pattern, body, where))
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const where = at.child(String(index))
      const entries = entriesOf(item, where)
      const name = entries.get('name') ?? entries.get('pattern')
      if (typeof name !== 'string') {
        return where.fail(`each list entry needs a 'name' (metric name or glob)`)
      }
      entries.delete('name')
      entries.delete('pattern')
      add(name, entries, where.child(name))
    })
    return rules
  }
  for (const [pattern, body] of entriesOf(value, at)) add(pattern, body, at.child(pattern))
  return rules
}

function parseRule(pattern: string, body: unknown, at: Location): MetricRule {
  if (typeof body === 'string') {
    return { pattern, ...directionEntry(body, at) }
  }
  if (body === null || body === undefined) return { pattern }
  const entries = entriesOf(body, at)
  checkKeys(entries, RULE_KEYS, at)
  const rule = parseRuleEntries(pattern, entries, at)
  if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
    at.fail(`min (${rule.min}) is greater than max (${rule.max})`)
  }
  return rule
}

function parseRuleEntries(
  pattern: string,
  entries: Map<string, unknown>,
  at: Location
): MetricRule {
  const get = <T>(key: string, read: (value: unknown, where: Location) => T): T | undefined =>
    entries.has(key) ? read(entries.get(key), at.child(key)) : undefined
  const direction = get('direction', (value, where) => directionEntry(value, where).direction)
  const absTolerance = get('abs-tolerance', tolerance)
  const relTolerance = get('rel-tolerance', relativeTolerance)
  const min = get('min', numberSetting)
  const max = get('max', numberSetting)
  const required = get('required', booleanSetting)
  const alert = get('alert', (value, where) => choice(value, ALERTS, where))
  const gate = get('gate', booleanSetting)
  const missing = get('missing', (value, where) => choice(value, ABSENCE, where))
  const fresh = get('new', (value, where) => choice(value, ABSENCE, where))
  return {
    pattern,
    ...(direction !== undefined ? { direction } : {}),
    ...(absTolerance !== undefined ? { absTolerance } : {}),
    ...(relTolerance !== undefined ? { relTolerance } : {}),
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    ...(required !== undefined ? { required } : {}),
    ...(alert !== undefined ? { alert } : {}),
    ...(gate !== undefined ? { gate } : {}),
    ...(missing !== undefined ? { missing } : {}),
    ...(fresh !== undefined ? { new: fresh } : {})
  }
}

function directionEntry(value: unknown, at: Location): { direction?: MetricDirection } {
  const direction = choice(value, DIRECTIONS, at)
  return direction === 'auto' ? {} : { direction }
}

function choice<T extends string>(value: unknown, allowed: readonly T[], at: Location): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  return at.fail(`expected one of ${allowed.join(' | ')}, got ${describe(value)}`)
}

function booleanSetting(value: unknown, at: Location): boolean {
  if (typeof value === 'boolean') return value
  return at.fail(`expected true or false, got ${describe(value)}`)
}

function numberSetting(value: unknown, at: Location): number {
  const parsed = parseSettingNumber(value)
  if (parsed === undefined)
    return at.fail(`expected a number or a percentage such as "1%", got ${describe(value)}`)
  return parsed.value
}

function tolerance(value: unknown, at: Location): number {
  const parsed = numberSetting(value, at)
  if (parsed < 0) at.fail(`a tolerance cannot be negative, got ${parsed}`)
  return parsed
}

function relativeTolerance(value: unknown, at: Location): number {
  const parsed = parseSettingNumber(value)
  if (parsed === undefined)
    return at.fail(
      `expected a fraction such as 0.01 or a percentage such as "1%", got ${describe(value)}`
    )
  if (parsed.value < 0) at.fail(`a tolerance cannot be negative, got ${describe(value)}`)
  // A bare 5 is far more likely to mean 5 % than 500 %; make the large case explicit.
  if (!parsed.percent && parsed.value >= 1) {
    at.fail(
      `${parsed.value} would allow a change of ${parsed.value * 100}%; write "${parsed.value}%" for ${parsed.value} percent, or "${parsed.value * 100}%" if that is intended`
    )
  }
  return parsed.value
}
