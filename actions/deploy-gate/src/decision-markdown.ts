import {
  details,
  displayPath,
  escapeHtml,
  escapeText,
  formatDistinct,
  heading,
  inlineCode,
  numbersIn,
  table,
  trustedMarkdown,
  type Cell
} from '@ml-actions/core/markdown'
import type { GateVerdict, RuleResult } from '@ml-actions/core/policy'

/** What the run did after deciding, in words for the summary line. */
export type GateAction =
  | { readonly kind: 'promoted'; readonly from: number | null; readonly to: number }
  | { readonly kind: 'rolled-back'; readonly from: number; readonly to: number }
  | { readonly kind: 'unchanged'; readonly version: number }
  | { readonly kind: 'dry-run'; readonly from: number | null; readonly to: number }
  | { readonly kind: 'held'; readonly from: number | null }
  | { readonly kind: 'lost-race'; readonly expected: number | null; readonly actual: number | null }
  | { readonly kind: 'refused'; readonly reason: string }
  /** Review mode: judged on the pull request and (unless a dry run) recorded for the merge. */
  | { readonly kind: 'reviewed'; readonly version: number; readonly recorded: boolean }
  /** The alias moved, then the deploy or smoke test failed; `outcome` says where the alias is now. */
  | {
      readonly kind: 'deploy-failed'
      readonly from: number | null
      readonly to: number
      readonly failure: string
      readonly outcome: string
    }

export interface DecisionView {
  readonly mode: 'promote' | 'rollback'
  readonly verdict: GateVerdict
  readonly model: string
  readonly alias: string
  readonly version: number
  readonly action: GateAction
  readonly reasons: readonly string[]
  readonly results: readonly RuleResult[]
  readonly decisionRef?: string
  readonly deploymentId?: number
  readonly environment: string
  readonly policySource?: string
  readonly policySha256?: string
  /** The deploy and smoke-test commands: what ran (or, in a dry run, would run). */
  readonly release?: ReleaseView
  /** Report paths inside it are shown relative to it, others by their file name. */
  readonly workspace?: string
}

export interface ReleaseView {
  readonly deploy: string
  readonly smokeTest: string
  /** Versions deployed and smoke-tested successfully by this run, in order. */
  readonly succeeded: readonly number[]
}

const VERDICT_ICON: Record<GateVerdict, string> = {
  approve: '✅',
  reject: '❌',
  inconclusive: '⚠️'
}

/** The gate's own checks (the reports' provenance, the event): folded unless one of them fails. */
const GATE_CHECK_TYPES: ReadonlySet<string> = new Set(['provenance', 'trust'])

/** Observed values longer than this are cut, so the Result column stays on screen at 860 px. */
const MAX_OBSERVED = 48

/**
 * The decision in the layout every ml-actions comment has: line 1 the verdict and why in one
 * sentence, what happened to the alias, one compact table of the policy's rules (and any check that
 * did not pass), the gate's own provenance checks folded, and the decision record last.
 */
export function renderDecision(view: DecisionView): string {
  const reasons = view.reasons.map((reason) => withDisplayPaths(reason, view))
  const headline = view.results.filter(
    (result) => !GATE_CHECK_TYPES.has(result.type) || result.status !== 'pass'
  )
  const compact = headline.length > 0 ? headline : view.results
  const folded = view.results.filter((result) => !compact.includes(result))
  const title = `${VERDICT_ICON[view.verdict]} Deploy gate: ${view.verdict} — ${whySentence(view, reasons)}`
  const parts = [heading(2, trustedMarkdown(title))]
  parts.push(
    [actionLine(view), view.release ? releaseLines(view, view.release) : ''].join(' ').trim()
  )
  if (reasons.length > 1) parts.push(reasons.map((reason) => `- ${escapeText(reason)}`).join('\n'))
  if (compact.length > 0) {
    parts.push(
      table(
        ['Rule', 'Observed', 'Expected', 'Result'],
        byStatus(compact).map((result) => [
          result.name,
          observedCell(result.observed, result.expected),
          result.expected,
          trustedMarkdown(resultCell(result))
        ]),
        ['left', 'right', 'left', 'left']
      )
    )
  }
  if (folded.length > 0) {
    parts.push(
      details(
        `${folded.length} provenance and trust check${folded.length === 1 ? '' : 's'} passed`,
        table(
          ['Check', 'Of', 'Observed', 'Expected', 'Result'],
          folded.map((result) => [
            result.name,
            subjectCell(result.subject, view.workspace),
            observedCell(result.observed, result.expected),
            result.expected,
            trustedMarkdown(resultCell(result))
          ]),
          ['left', 'left', 'right', 'left', 'left']
        )
      )
    )
  }
  parts.push(footer(view))
  return `${parts.join('\n\n')}\n`
}

/** Escaped and ready for the heading: every check passed, or the first reason it did not. */
function whySentence(view: DecisionView, reasons: readonly string[]): string {
  const target = `${inlineCode(`${view.model}@${view.alias}`)} → version ${view.version}`
  const [first] = reasons
  if (first === undefined) {
    const passed = view.results.filter((result) => result.status === 'pass').length
    const total = view.results.length
    const checks =
      passed === total
        ? `${total === 1 ? 'the one check' : `all ${total} checks`} passed`
        : `${passed} of ${total} checks passed, the others do not block`
    return total === 0 ? target : `${checks}; ${target}`
  }
  const more = reasons.length - 1
  return `${escapeText(first)}${more > 0 ? ` (and ${more} more)` : ''}; ${target}`
}

/** Not passing first (rejections, then undecided), each group in policy order. */
function byStatus(results: readonly RuleResult[]): RuleResult[] {
  const rank = (result: RuleResult) =>
    result.status === 'pass'
      ? 3
      : result.effect === 'reject'
        ? 0
        : result.effect === 'inconclusive'
          ? 1
          : 2
  return [...results].sort((a, b) => rank(a) - rank(b))
}

/** Reasons name report files by their runner paths; a reader sees the workspace path or the name. */
function withDisplayPaths(reason: string, view: DecisionView): string {
  let text = reason
  for (const subject of new Set(view.results.map((result) => result.subject))) {
    if (isAbsolutePath(subject))
      text = text.split(subject).join(displayPath(subject, view.workspace))
  }
  return text
}

function isAbsolutePath(text: string): boolean {
  return /^(?:\/|[A-Za-z]:[\\/])/.test(text)
}

function actionLine(view: DecisionView): string {
  const alias = inlineCode(`${view.model}@${view.alias}`)
  const version = (value: number | null) => (value === null ? 'unset' : `version ${value}`)
  const action = view.action
  switch (action.kind) {
    case 'promoted':
      return `Promoted ${alias} from ${version(action.from)} to ${action.to}.`
    case 'rolled-back':
      return `Rolled ${alias} back from version ${action.from} to ${action.to}.`
    case 'unchanged':
      return `${alias} already is version ${action.version}; nothing was moved.`
    case 'dry-run':
      return `Dry run: ${view.verdict === 'approve' ? 'would move' : 'would not move'} ${alias} from ${version(action.from)} to ${action.to}; nothing was changed.`
    case 'held':
      return `${alias} stays at ${version(action.from)}.`
    case 'lost-race':
      return `Not promoted: another run moved ${alias} to ${version(action.actual)} while this one decided against ${version(action.expected)}. Re-run the pipeline to judge against the new baseline.`
    case 'refused':
      return `Not promoted: ${escapeText(action.reason)}`
    case 'reviewed':
      return `Reviewed version ${action.version} for ${alias}: ${action.recorded ? 'the verdict and its reports are recorded for the merge to promote' : 'dry run, nothing recorded'}; nothing was moved.`
    case 'deploy-failed':
      return `Moved ${alias} from ${version(action.from)} to ${action.to}, then the ${escapeText(action.failure)}; ${escapeText(action.outcome)}.`
  }
}

function releaseLines(view: DecisionView, release: ReleaseView): string {
  const commands = [
    release.deploy.trim() ? `deploy ${inlineCode(firstLine(release.deploy))}` : '',
    release.smokeTest.trim() ? `smoke test ${inlineCode(firstLine(release.smokeTest))}` : ''
  ].filter(Boolean)
  if (view.action.kind === 'dry-run') {
    return view.verdict === 'approve'
      ? `Would download version ${view.action.to} and run ${commands.join(', then ')}.`
      : `Would run ${commands.join(', then ')} on approve.`
  }
  if (release.succeeded.length === 0) return `Ran ${commands.join(', then ')}.`
  return `Deployed and smoke-tested: ${release.succeeded.map((v) => `version ${v}`).join(', then ')} (${commands.join(', then ')}).`
}

/** A multi-line command shown by its first line, so the summary line stays one line. */
function firstLine(command: string): string {
  const lines = command.trim().split(/\r?\n/)
  return lines.length > 1 ? `${lines[0]} …` : (lines[0] ?? '')
}

function footer(view: DecisionView): string {
  const facts: string[] = [`environment ${inlineCode(view.environment)}`]
  if (view.decisionRef) facts.push(`decision record ${digestsShortened(view.decisionRef)}`)
  if (view.deploymentId !== undefined) facts.push(`deployment ${view.deploymentId}`)
  if (view.policySource) {
    facts.push(
      `policy ${inlineCode(displayPath(view.policySource, view.workspace))} (sha256 ${shaCode(view.policySha256 ?? '')})`
    )
  }
  return `<sub>${facts.join(' · ')}</sub>`
}

/** Long hex runs (digests in a record name) cut to 12, the whole text in the mouse-over title. */
function digestsShortened(text: string): string {
  const shown = text.replace(/[0-9a-f]{16,}/gi, (hex) => `${hex.slice(0, 12)}…`)
  return `<code title="${escapeHtml(text)}">${escapeHtml(shown)}</code>`
}

/** A commit as 7 characters, a longer digest as 12, the whole value in the title. */
function shaCode(sha: string): string {
  return `<code title="${escapeHtml(sha)}">${escapeHtml(sha.slice(0, sha.length > 40 ? 12 : 7))}</code>`
}

function observedCell(value: unknown, expected: string): Cell {
  if (value === undefined || value === null) return null
  if (typeof value === 'number') return formatDistinct(value, numbersIn(expected))
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'string' && /^[0-9a-f]{40,64}$/i.test(value)) {
    return trustedMarkdown(shaCode(value))
  }
  const text =
    typeof value === 'string'
      ? value
      : Array.isArray(value) && value.every((item) => typeof item === 'string')
        ? value.join(', ')
        : JSON.stringify(value)
  return trustedMarkdown(
    inlineCode(text.length > MAX_OBSERVED ? `${text.slice(0, MAX_OBSERVED - 1)}…` : text)
  )
}

/** What a rule checks: a report file (shown by its workspace path or name) or a field. */
function subjectCell(subject: string, workspace: string | undefined): Cell {
  return isAbsolutePath(subject) ? displayPath(subject, workspace) : subject
}

/** Emoji and word held together (a no-break space): a narrow Result column must not split them. */
function resultCell(result: RuleResult): string {
  if (result.status === 'pass') return '✅\u00A0pass'
  const label = result.status === 'fail' ? 'fail' : 'missing'
  if (result.effect === 'reject') return `❌\u00A0${label}`
  if (result.effect === 'inconclusive') return `⚠️\u00A0${label}`
  return `ℹ️\u00A0${label} (${result.reportOnly ? 'report only' : 'allowed'})`
}
