import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CliIo } from '@ml-actions/action-kit/cli'
import { parse } from 'yaml'
import { repoRoot } from '../../../tests/support/action-metadata.js'
import { actionCommands } from '../action-commands.js'
import { main } from '../main.js'

async function cli(argv: string[]) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: {},
    cwd: repoRoot
  }
  return { code: await main(argv, io), stdout, stderr }
}

// The generated action.yml each command's help must agree with (both come from one definition).
const ACTION_FILE: Readonly<Record<string, string>> = {
  pipeline: 'action.yml',
  'json-to-md': 'actions/json-to-md/action.yml',
  'compare-metrics': 'actions/compare-metrics/action.yml',
  'train-evaluate': 'actions/train-evaluate/action.yml',
  'onnx-export-verify': 'actions/onnx-export-verify/action.yml',
  'deploy-gate': 'actions/deploy-gate/action.yml'
}

describe.each(Object.keys(ACTION_FILE))('ml-actions %s --help', (command) => {
  const metadata = parse(readFileSync(join(repoRoot, ACTION_FILE[command]!), 'utf8')) as {
    inputs: Record<string, { description: string; default?: string }>
  }

  it('lists every input of the action.yml as an option, with its whole description and default', async () => {
    const { code, stdout } = await cli([command, '--help'])
    expect(code).toBe(0)
    const flat = stdout.replace(/\s+/g, ' ')
    for (const [name, spec] of Object.entries(metadata.inputs)) {
      expect(stdout).toMatch(new RegExp(`^  --(\\[no-\\])?${name}\\b`, 'm'))
      expect(flat).toContain(spec.description.replace(/\s+/g, ' ').trim())
      if (spec.default && !spec.default.includes('${{')) {
        expect(flat).toContain(`Default: ${spec.default.replace(/\s+/g, ' ').trim()}`)
      }
    }
    expect(stdout).toMatch(/\nExamples:\n {2}ml-actions /)
  })

  it('names the closest option when one is mistyped', async () => {
    const [first] = Object.keys(metadata.inputs).filter((name) => name.length > 5)
    const typo = `${first!.slice(0, 2)}${first!.slice(3)}` // one letter left out
    const { code, stderr } = await cli([command, `--${typo}`, 'x'])
    expect(code).toBe(2)
    expect(stderr).toContain(`Unknown option --${typo}: did you mean --${first}?`)
  })
})

describe('the help table', () => {
  it('covers every command that runs an action', () => {
    expect(actionCommands.filter((command) => command.help).map((command) => command.name)).toEqual(
      expect.arrayContaining(Object.keys(ACTION_FILE))
    )
  })
})
