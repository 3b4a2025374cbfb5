import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseCliArguments } from '@ml-actions/action-kit/cli'
import { parse } from 'yaml'
import { actionCommands } from '../../src/cli/action-commands.js'
import { stepNameOf } from '../../src/pipeline/step-names.js'
import { loadDefinition, type AnyActionDefinition } from '../support/action-definition.js'
import { repoRoot } from '../support/action-metadata.js'

// The CI configurations docs/ci/ shows: every `ml-actions …` command in them is parsed with the real
// CLI's options (the action definitions), each config runs the pipeline on pull requests without the
// gate and the whole pipeline (gate and promotion) on the main line, and each page shows its file as is.

const examples = join(repoRoot, 'docs', 'examples', 'ci')
const CONFIGS = [
  { page: 'circleci.md', file: 'circleci.yml', scripts: circleCiScripts },
  { page: 'gitlab.md', file: 'gitlab-ci.yml', scripts: gitLabScripts },
  { page: 'shell.md', file: 'pipeline.sh', scripts: (text: string) => [text] }
]

/** Positional input of the commands that take one (as src/cli/action-commands.ts passes it). */
const POSITIONAL: Readonly<Record<string, string>> = {
  'json-to-md': 'files',
  'compare-metrics': 'candidate',
  'onnx-export-verify': 'model'
}
const DEFINITION_OF: Readonly<Record<string, string | undefined>> = {
  pipeline: undefined,
  'json-to-md': 'json-to-md',
  'compare-metrics': 'compare-metrics',
  'train-evaluate': 'train-evaluate',
  'onnx-export-verify': 'onnx-export-verify',
  'deploy-gate': 'deploy-gate'
}

const definitions = new Map<string, AnyActionDefinition>()
beforeAll(async () => {
  for (const [command, name] of Object.entries(DEFINITION_OF)) {
    definitions.set(command, await loadDefinition(name))
  }
})

function circleCiScripts(text: string): string[] {
  const config = parse(text) as {
    version: number
    jobs: Record<string, { steps: unknown[] }>
    commands?: Record<string, { steps: unknown[] }>
  }
  expect(config.version).toBe(2.1)
  const steps = [...Object.values(config.jobs), ...Object.values(config.commands ?? {})].flatMap(
    (job) => job.steps
  )
  return steps.flatMap((step) => {
    const run = (step as { run?: string | { command?: string } }).run
    return typeof run === 'string' ? [run] : run?.command ? [run.command] : []
  })
}

function gitLabScripts(text: string): string[] {
  const config = parse(text) as Record<string, { script?: string[]; before_script?: string[] }>
  return Object.values(config).flatMap((job) =>
    typeof job === 'object' && job !== null && !Array.isArray(job)
      ? [...(job.before_script ?? []), ...(job.script ?? [])]
      : []
  )
}

/** Words of a command line as the shell splits them, for the quoting these files use. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map(
    (match) => match[1] ?? match[2] ?? (match[3] as string)
  )
}

interface Invocation {
  readonly command: string
  readonly argv: string[]
}

function invocations(scripts: readonly string[]): Invocation[] {
  return scripts
    .flatMap((script) => script.split('\n'))
    .map((line) => line.replace(/#.*$/, '').trim())
    .flatMap((line) => {
      const all = words(line)
      const at = all.findIndex((word) => /^ml-actions(@\S+)?$/.test(word))
      if (at === -1 || all[at - 2] !== 'npx') return []
      const [command, ...argv] = all.slice(at + 1)
      return command ? [{ command, argv }] : []
    })
}

describe.each(CONFIGS)('docs/examples/ci/$file', ({ page, file, scripts }) => {
  const text = readFileSync(join(examples, file), 'utf8')
  const found = invocations(scripts(text))

  it('is shown as is on docs/ci/' + page, () => {
    expect(readFileSync(join(repoRoot, 'docs', 'ci', page), 'utf8')).toContain(text)
  })

  it('calls only commands and options the CLI has', () => {
    expect(found.length).toBeGreaterThan(0)
    const registryUsage = actionCommands.find((c) => c.name === 'registry')!.usage
    const registryVerbs = /<([a-z|]+)>/.exec(registryUsage)![1]!.split('|')
    for (const { command, argv } of found) {
      if (command === 'registry') {
        expect(registryVerbs).toContain(argv[0])
        continue
      }
      const definition = definitions.get(command)
      expect(definition ? command : `unknown command ${command}`).toBe(command)
      expect(() => parseCliArguments(definition!.inputs, argv, POSITIONAL[command])).not.toThrow()
    }
  })

  it('comments on pull requests without the gate, and gates and promotes on the main line', () => {
    const pipelines = found.filter((each) => each.command === 'pipeline')
    const stepsOf = (argv: string[]) => {
      const raw = parseCliArguments(definitions.get('pipeline')!.inputs, argv)
      const steps = (raw.get('steps') ?? '').split(/[\n,]/).filter(Boolean)
      for (const step of steps) expect(stepNameOf(step)).toBeDefined()
      return steps
    }
    const evaluate = pipelines.find((each) => stepsOf(each.argv).length > 0)
    expect(evaluate && stepsOf(evaluate.argv)).toEqual(['train', 'compare', 'verify'])
    // The whole pipeline: every step of the config, the gate included.
    expect(pipelines.some((each) => stepsOf(each.argv).length === 0)).toBe(true)
    for (const { argv } of pipelines) {
      const raw = parseCliArguments(definitions.get('pipeline')!.inputs, argv)
      expect(raw.get('config')).toBe('.github/ml-actions.yml')
      expect(raw.has('comment') ? raw.get('comment') : 'upsert').not.toBe('off')
      // The token comes from the CI's secret variables, never from the command line.
      expect(raw.has('github-token')).toBe(false)
    }
  })
})
