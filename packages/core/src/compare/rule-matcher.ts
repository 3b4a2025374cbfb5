import { loadGlobEngine, mayBeGlob, type GlobEngine } from '../glob-engine.js'
import { inferDirection, type MetricDirection } from './direction.js'
import type { AbsenceOutcome, AlertMode, ComparisonRules, MetricRule } from './rules.js'

/**
 * Finds the one rule that applies to a flattened metric name, then fills unset keys from the
 * `defaults` block and the built-in defaults. Rules do not merge: the winning rule alone decides.
 *
 * Precedence: an exact name beats every glob; among globs the most specific wins: fewer wildcards
 * (`*` and `?` count 1 each, so `**` counts 2; a `[…]` class, `{…}` alternation or `(…)` extglob
 * counts 1), then more literal characters, then the earlier rule in the file.
 *
 * Globs are matched with picomatch with the dot as the segment separator: `*` stays within one
 * dot-separated segment (`per_class.*.f1` matches `per_class.cat.f1`, not `per_class.a.b.f1`)
 * and `**` spans segments. A `/` in a name (`eval/loss`) is an ordinary character. This is done
 * by swapping '.' and '/' in both the pattern and the name before matching.
 *
 * Patterns are compiled once per rules object, and resolved rules are shared between the names a
 * rule and direction have in common, so a comparison of N metrics costs one exact-name lookup and
 * at most one pass over the globs per name, and no object per name.
 */
export interface ResolvedRule {
  /** The pattern that matched, or null when only defaults apply. */
  readonly pattern: string | null
  readonly direction: MetricDirection
  readonly directionSource: 'rule' | 'defaults' | 'inferred'
  readonly absTolerance: number
  readonly relTolerance: number
  readonly min?: number
  readonly max?: number
  /** min and max as the report shows them, one object per rule; undefined without either. */
  readonly bounds: { readonly min?: number; readonly max?: number } | undefined
  readonly required: boolean
  readonly alert: AlertMode
  readonly gate: boolean
  readonly missing: AbsenceOutcome
  readonly new: AbsenceOutcome
}

interface CompiledGlob {
  readonly rule: MetricRule
  readonly regex: RegExp
  readonly wildcards: number
  readonly literals: number
  readonly order: number
}

export class RuleMatcher {
  private readonly exact = new Map<string, MetricRule>()
  private readonly globs: CompiledGlob[] = []
  private readonly resolved = new Map<MetricRule | null, Map<MetricDirection, ResolvedRule>>()
  /** Resolved rules by a hash of the name's shape (the digits no glob tells apart as one). */
  private readonly byShape: Map<number, ShapeEntry[]> | undefined
  /** Per character code up to '9': the code it has in a shape. */
  private readonly shapeCodes: Uint8Array | undefined

  /** `picomatch` is needed when a pattern may be a glob; `ruleMatcherFor` loads it then. */
  constructor(
    readonly rules: ComparisonRules,
    picomatch?: GlobEngine
  ) {
    rules.metrics.forEach((rule, order) => {
      if (!mayBeGlob(rule.pattern)) {
        this.exact.set(rule.pattern, rule)
        return
      }
      if (!picomatch) {
        throw new Error(`Rule "${rule.pattern}" may be a glob: give RuleMatcher the glob engine`)
      }
      if (!picomatch.scan(rule.pattern).isGlob) {
        this.exact.set(rule.pattern, rule)
        return
      }
      const { wildcards, literals } = specificity(rule.pattern)
      this.globs.push({
        rule,
        regex: picomatch.makeRe(swapSeparators(rule.pattern), { dot: true, windows: false }),
        wildcards,
        literals,
        order
      })
    })
    this.globs.sort(
      (left, right) =>
        left.wildcards - right.wildcards ||
        right.literals - left.literals ||
        left.order - right.order
    )
    this.shapeCodes = shapeCodesFor(this.globs.map((glob) => glob.rule.pattern))
    this.byShape = this.shapeCodes === undefined ? undefined : new Map()
  }

  /** The rules with exact names: they can be required even when no document mentions them. */
  exactRules(): readonly MetricRule[] {
    return [...this.exact.values()]
  }

  globRules(): readonly MetricRule[] {
    return this.globs.map((glob) => glob.rule)
  }

  /** Does this glob rule match the name? (For required globs.) */
  globMatches(rule: MetricRule, name: string): boolean {
    const glob = this.globs.find((candidate) => candidate.rule === rule)
    return glob !== undefined && glob.regex.test(swapSeparators(name))
  }

  ruleFor(name: string): MetricRule | undefined {
    const exact = this.exact.get(name)
    if (exact !== undefined) return exact
    if (this.globs.length === 0) return undefined
    const swapped = swapSeparators(name)
    return this.globs.find((glob) => glob.regex.test(swapped))?.rule
  }

  resolve(name: string): ResolvedRule {
    const codes = this.shapeCodes
    if (this.byShape === undefined || codes === undefined || this.exact.has(name))
      return this.resolveName(name)
    // A hash of the shape rather than the shape as a string: 10^5 names, no string per name.
    const hash = shapeHash(name, codes)
    let entries = this.byShape.get(hash)
    if (entries === undefined) {
      entries = []
      this.byShape.set(hash, entries)
    }
    for (const entry of entries) if (sameShape(entry.name, name, codes)) return entry.resolved
    const resolved = this.resolveName(name)
    entries.push({ name, resolved })
    return resolved
  }

  private resolveName(name: string): ResolvedRule {
    const rule = this.ruleFor(name)
    const direction = rule?.direction ?? this.rules.defaults.direction ?? inferDirection(name)
    let byDirection = this.resolved.get(rule ?? null)
    if (byDirection === undefined) {
      byDirection = new Map()
      this.resolved.set(rule ?? null, byDirection)
    }
    let resolved = byDirection.get(direction)
    if (resolved === undefined) {
      resolved = this.fill(rule, direction)
      byDirection.set(direction, resolved)
    }
    return resolved
  }

  private fill(rule: MetricRule | undefined, direction: MetricDirection): ResolvedRule {
    const defaults = this.rules.defaults
    const directionSource =
      rule?.direction !== undefined
        ? 'rule'
        : defaults.direction !== undefined
          ? 'defaults'
          : 'inferred'
    return {
      pattern: rule?.pattern ?? null,
      direction,
      directionSource,
      absTolerance: rule?.absTolerance ?? defaults.absTolerance,
      relTolerance: rule?.relTolerance ?? defaults.relTolerance,
      min: rule?.min,
      max: rule?.max,
      bounds:
        rule?.min !== undefined || rule?.max !== undefined
          ? { min: rule.min, max: rule.max }
          : undefined,
      required: rule?.required ?? defaults.required,
      alert: rule?.alert ?? defaults.alert,
      gate: rule?.gate ?? defaults.gate,
      missing: rule?.missing ?? defaults.missing,
      new: rule?.new ?? defaults.new
    }
  }
}

/**
 * The digits the globs cannot tell apart, each mapped to the first of them in a name's shape.
 * A glob distinguishes only the digits it writes literally: wildcards match every digit alike,
 * and so does a range whose ends are not digits (it holds all ten or none). Direction words have
 * no digits. So with `per_class.*.f1`, task_7.loss and task_3.loss resolve alike (the shape
 * keeps the 1s), and 10^5 names cost a few hundred glob passes. A digit in a class, brace or
 * escape could be a range's end: then every name is matched on its own.
 */
function shapeCodesFor(patterns: readonly string[]): Uint8Array | undefined {
  const literal = new Set<string>()
  for (const pattern of patterns) {
    const digits = pattern.match(/[0-9]/g) ?? []
    if (pattern.includes('\\') || (digits.length > 0 && /[[{(]/.test(pattern))) return undefined
    for (const digit of digits) literal.add(digit)
  }
  const alike = [...'0123456789'].filter((digit) => !literal.has(digit))
  if (alike.length < 2) return undefined
  const codes = Uint8Array.from({ length: NINE + 1 }, (_, code) => code)
  for (const digit of alike) codes[digit.charCodeAt(0)] = (alike[0] as string).charCodeAt(0)
  return codes
}

interface ShapeEntry {
  /** The first name of this shape. */
  readonly name: string
  readonly resolved: ResolvedRule
}

const NINE = 57

function shapeCode(name: string, index: number, codes: Uint8Array): number {
  const code = name.charCodeAt(index)
  return code <= NINE ? (codes[code] as number) : code
}

function shapeHash(name: string, codes: Uint8Array): number {
  let hash = name.length
  for (let i = 0; i < name.length; i++) hash = (Math.imul(hash, 31) + shapeCode(name, i, codes)) | 0
  return hash
}

function sameShape(left: string, right: string, codes: Uint8Array): boolean {
  if (left.length !== right.length) return false
  for (let i = 0; i < left.length; i++)
    if (shapeCode(left, i, codes) !== shapeCode(right, i, codes)) return false
  return true
}

const compiled = new WeakMap<ComparisonRules, RuleMatcher>()

/**
 * One matcher per rules object, reused across comparisons. The glob engine loads only for rules
 * with glob patterns: the built-in defaults and exact names need none.
 */
export async function ruleMatcherFor(rules: ComparisonRules): Promise<RuleMatcher> {
  let matcher = compiled.get(rules)
  if (matcher === undefined) {
    const needsGlobs = rules.metrics.some((rule) => mayBeGlob(rule.pattern))
    matcher = new RuleMatcher(rules, needsGlobs ? await loadGlobEngine() : undefined)
    compiled.set(rules, matcher)
  }
  return matcher
}

export function swapSeparators(text: string): string {
  if (!text.includes('/')) return text.replaceAll('.', '/')
  let swapped = ''
  for (const char of text) swapped += char === '.' ? '/' : char === '/' ? '.' : char
  return swapped
}

function specificity(pattern: string): { wildcards: number; literals: number } {
  let wildcards = 0
  let literals = 0
  let depth = 0
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]
    if (char === '\\') {
      i += 1
      if (depth === 0) literals += 1
      continue
    }
    if (depth > 0) {
      if (char === ']' || char === '}' || char === ')') depth -= 1
      else if (char === '[' || char === '{' || char === '(') depth += 1
      continue
    }
    if (char === '*' || char === '?') wildcards += 1
    else if (char === '[' || char === '{' || char === '(') {
      wildcards += 1
      depth = 1
    } else literals += 1
  }
  return { wildcards, literals }
}
