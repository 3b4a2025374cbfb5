import { describe, expect, it } from '@jest/globals'
import { defaultMarkdownPath } from '../src/markdown-file.js'

describe('defaultMarkdownPath', () => {
  it('gives each step of a job its own file under RUNNER_TEMP', () => {
    const env = { RUNNER_TEMP: '/home/runner/work/_temp' }
    expect(defaultMarkdownPath({ ...env, GITHUB_ACTION: 'training' })).toBe(
      '/home/runner/work/_temp/ml-actions/json-to-md-training.md'
    )
    expect(defaultMarkdownPath({ ...env, GITHUB_ACTION: '__org_ml-actions_2' })).toBe(
      '/home/runner/work/_temp/ml-actions/json-to-md-__org_ml-actions_2.md'
    )
    expect(defaultMarkdownPath({ ...env, GITHUB_ACTION: '../../etc/x y' })).toBe(
      '/home/runner/work/_temp/ml-actions/json-to-md-.._.._etc_x_y.md'
    )
    expect(defaultMarkdownPath(env)).toBe(
      '/home/runner/work/_temp/ml-actions/json-to-md-results.md'
    )
  })
})
