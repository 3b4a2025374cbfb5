import {
  escapeText,
  heading,
  inlineCode,
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
  inconclusive: '❔'
}

export function renderDecision(view: DecisionView): string {
  const title = `Deploy gate: ${VERDICT_ICON[view.verdict]} ${view.verdict}`
  const target = `${inlineCode(`${view.model}@${view.alias}`)} → version ${view.version}`
  const parts = [heading(2, trustedMarkdown(`${escapeText(title)} · ${target}`)), actionLine(view)]
  if (view.release) parts.push(releaseLines(view, view.release))
  if (view.reasons.length > 0) {
    parts.push(view.reasons.map((reason) => `- ${escapeText(reason)}`).join('\n'))
  }
  if (view.results.length > 0) {
    parts.push(
      table(
        ['Rule', 'Checks', 'Observed', 'Expected', 'Result'],
        view.results.map((result) => [
          result.name,
          result.subject,
          observedCell(result.observed),
          result.expected,
          trustedMarkdown(resultCell(result))
        ]),
        ['left', 'left', 'right', 'left', 'left']
      )
    )
  }
  parts.push(footer(view))
  return `${parts.join('\n\n')}\n`
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
  if (view.decisionRef) facts.push(`decision record ${inlineCode(view.decisionRef)}`)
  if (view.deploymentId !== undefined) facts.push(`deployment ${view.deploymentId}`)
  if (view.policySource) {
    facts.push(
      `policy ${inlineCode(view.policySource)} (sha256 ${inlineCode((view.policySha256 ?? '').slice(0, 12))})`
    )
  }
  return `<sub>${facts.join(' · ')}</sub>`
}

function observedCell(value: unknown): Cell {
  if (value === undefined || value === null) return null
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value === 'string') return trustedMarkdown(inlineCode(value))
  const text = JSON.stringify(value)
  return trustedMarkdown(inlineCode(text.length > 80 ? `${text.slice(0, 77)}…` : text))
}

function resultCell(result: RuleResult): string {
  if (result.status === 'pass') return '✅ pass'
  const label = result.status === 'fail' ? 'fail' : 'missing'
  if (result.effect === 'reject') return `❌ ${label}`
  if (result.effect === 'inconclusive') return `❔ ${label}`
  return `ℹ️ ${label} (${result.reportOnly ? 'report only' : 'allowed'})`
}
