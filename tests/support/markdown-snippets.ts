import { parse } from 'yaml'
import type { Workflow, WorkflowJob, WorkflowStep } from './workflow-contract.js'

export interface YamlSnippet {
  /** Line of the opening fence. */
  line: number
  text: string
  /** Marked ```yaml counterexample: shows what not to do, so checks do not apply. */
  counterexample: boolean
}

/** The fenced ```yaml / ```yml blocks of a markdown document. */
export function yamlSnippets(markdown: string): YamlSnippet[] {
  const snippets: YamlSnippet[] = []
  const lines = markdown.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const open = /^(\s*)(```|~~~)\s*ya?ml\b(.*)$/.exec(lines[index]!)
    if (!open) continue
    const indent = open[1]!.length
    const body: string[] = []
    let end = index + 1
    while (end < lines.length && !new RegExp(`^\\s*${open[2]}\\s*$`).test(lines[end]!)) {
      body.push(lines[end]!.slice(indent))
      end++
    }
    snippets.push({
      line: index + 1,
      text: body.join('\n'),
      counterexample: /\bcounterexample\b/.test(open[3]!)
    })
    index = end
  }
  return snippets
}

/**
 * A snippet as a workflow, whatever part of one it shows: a whole workflow, a job (`steps:`), or a
 * list of steps. Undefined for YAML that is not workflow-shaped (configs, policies, rules).
 */
export function snippetAsWorkflow(text: string): Workflow | undefined {
  let document: unknown
  try {
    document = parse(text)
  } catch {
    return undefined
  }
  const isStep = (value: unknown): value is WorkflowStep =>
    typeof value === 'object' && value !== null && ('uses' in value || 'run' in value)
  if (Array.isArray(document))
    return document.every(isStep) ? { jobs: { snippet: { steps: document } } } : undefined
  if (typeof document !== 'object' || document === null) return undefined
  const object = document as Record<string, unknown>
  // CircleCI's config.yml has jobs with steps too; a GitHub workflow never has a version key.
  if (object.version !== undefined) return undefined
  if (typeof object.jobs === 'object' && object.jobs !== null) return object as Workflow
  if (Array.isArray(object.steps) && object.steps.every(isStep))
    return { jobs: { snippet: object as WorkflowJob } }
  return undefined
}
