import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { isAbsolute, resolve } from 'node:path'
import { ConfigurationError } from '@ml-actions/core/errors'
import { INLINE_POLICY_SOURCE, parsePolicy, type Policy } from '@ml-actions/core/policy'

export interface LoadedPolicy {
  readonly policy: Policy
  /** The file path, or "inline policy". */
  readonly source: string
  /** sha256 of the policy text, recorded in every decision. */
  readonly sha256: string
}

/** The `policy` input is a file path, or the YAML itself when it spans lines or holds a mapping. */
export async function loadPolicy(value: string, cwd: string): Promise<LoadedPolicy> {
  if (value.trim() === '') {
    throw new ConfigurationError(
      'Input "policy" is required in promote mode: give a policy file or inline YAML',
      'policy'
    )
  }
  const inline = /\n/.test(value.trim()) || /^\s*[{[]|^\s*[\w-]+\s*:(\s|$)/.test(value)
  const source = inline ? INLINE_POLICY_SOURCE : value.trim()
  const text = inline ? value : await readPolicyFile(source, cwd)
  return {
    policy: await parsePolicy(text, source),
    source,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex')
  }
}

async function readPolicyFile(path: string, cwd: string): Promise<string> {
  try {
    return await readFile(isAbsolute(path) ? path : resolve(cwd, path), 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ConfigurationError(
      `Policy file "${path}" cannot be read${code === 'ENOENT' ? ': no such file' : ` (${code})`}`,
      'policy'
    )
  }
}
