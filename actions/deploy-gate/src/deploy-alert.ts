import { details, escapeText, inlineCode } from '@ml-actions/core/markdown'
import type { AlertChange } from '@ml-actions/github'
import type { GateAction } from './decision-markdown.js'

export interface DeployAlertFacts {
  readonly model: string
  readonly alias: string
  readonly action: GateAction
  /** Whether this run's deploy and smoke test of the version now behind the alias succeeded. */
  readonly deployed: boolean
  readonly currentVersion: number | null
  readonly runUrl?: string
  readonly decisionRef?: string
  readonly registry: string
  /** The decision as rendered for the summary: already escaped. */
  readonly decisionMarkdown: string
}

/** One issue per model and alias: a failed deploy of any version of it is the same incident. */
export function deployAlertKey(model: string, alias: string): string {
  return `${model}@${alias}`
}

/**
 * What the gate's outcome means for the alert issue: a failed deploy or smoke test raises it, a
 * version now serving after a good deploy (or a move with no commands to fail) resolves it.
 * Anything else (held, refused, a lost race, a dry run) leaves it as it is.
 */
export function deployAlertChange(facts: DeployAlertFacts): AlertChange | undefined {
  const { action } = facts
  const ref = `${facts.model}@${facts.alias}`
  if (action.kind === 'deploy-failed') {
    const lines = [
      `**The deploy of ${inlineCode(facts.model)} version ${action.to} to ${inlineCode(facts.alias)} failed:** ${escapeText(action.failure)}.`,
      '',
      `${escapeText(action.outcome)}.`,
      '',
      ...runLines(facts),
      '',
      'This issue is updated while deploys keep failing and closed by the next good deploy.',
      '',
      details('Decision', facts.decisionMarkdown)
    ]
    return {
      kind: 'raise',
      title: `deploy-gate: deploying ${ref} version ${action.to} failed`,
      markdown: lines.join('\n')
    }
  }
  const moved =
    action.kind === 'promoted' || action.kind === 'rolled-back' || action.kind === 'unchanged'
  if (!moved || !facts.deployed || facts.currentVersion === null) return undefined
  return {
    kind: 'resolve',
    comment: [
      `Resolved: ${inlineCode(ref)} is version ${facts.currentVersion}, deployed${action.kind === 'unchanged' ? ' again' : ''} by this run.`,
      '',
      ...runLines(facts)
    ].join('\n')
  }
}

function runLines(facts: DeployAlertFacts): string[] {
  return [
    ...(facts.runUrl ? [`- Run: ${facts.runUrl}`] : []),
    ...(facts.decisionRef
      ? [
          `- Decision record: ${inlineCode(facts.decisionRef)} in ${inlineCode(facts.registry)} (\`ml-actions registry\` reads it; the run also keeps it as its decision file)`
        ]
      : [])
  ]
}
