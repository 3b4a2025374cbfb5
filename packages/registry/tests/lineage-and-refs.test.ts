import { describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '@ml-actions/core/errors'
import { idempotencyKeyFromEnv, lineageFromEnv } from '../src/lineage.js'
import { parseModelRef } from '../src/model-ref.js'

describe('lineageFromEnv', () => {
  test('reads git and CI provenance from GITHUB_* variables and merges caller extras', () => {
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_SHA: 'deadbeef',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REPOSITORY: 'org/repo',
      GITHUB_RUN_ID: '99',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_SERVER_URL: 'https://ghes.example.com/',
      GITHUB_WORKFLOW: 'train',
      GITHUB_JOB: 'fit',
      GITHUB_ACTOR: 'octocat',
      GITHUB_EVENT_NAME: 'push'
    }
    expect(
      lineageFromEnv(env, {
        frameworks: { onnx: '1.17.0' },
        datasets: [{ name: 'd', digest: 'x' }]
      })
    ).toEqual({
      git: { repository: 'org/repo', sha: 'deadbeef', ref: 'refs/heads/main' },
      ci: {
        provider: 'github-actions',
        runId: '99',
        runAttempt: '2',
        runUrl: 'https://ghes.example.com/org/repo/actions/runs/99/attempts/2',
        workflow: 'train',
        job: 'fit',
        actor: 'octocat',
        event: 'push'
      },
      datasets: [{ name: 'd', digest: 'x' }],
      frameworks: { onnx: '1.17.0' }
    })
    expect(idempotencyKeyFromEnv(env)).toBe('org/repo:99:2:fit')
  })

  test('records only the provider off CI, with no git asked', () => {
    expect(lineageFromEnv({})).toEqual({ ci: { provider: 'local' } })
    expect(idempotencyKeyFromEnv({})).toBeUndefined()
  })
})

describe('parseModelRef', () => {
  test.each([
    ['clf', { name: 'clf', alias: 'latest' }],
    ['clf@latest', { name: 'clf', alias: 'latest' }],
    ['clf@champion', { name: 'clf', alias: 'champion' }],
    ['clf/7', { name: 'clf', version: 7 }],
    ['clf:7', { name: 'clf', version: 7 }]
  ])('%s', (ref, expected) => {
    expect(parseModelRef(ref)).toEqual(expected)
  })

  test.each(['', 'clf@', 'clf/0', 'clf/x/y', '../etc', 'a@b@c'])('rejects %j', (ref) => {
    expect(() => parseModelRef(ref)).toThrow(ConfigurationError)
  })
})
