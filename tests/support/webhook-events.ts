import { createRequire } from 'node:module'

interface WebhookExample {
  name: string
  examples: Array<Record<string, unknown>>
}

const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookExample[]

/** A copy of one of GitHub's own webhook example payloads (@octokit/webhooks-examples). */
export function webhookExample(
  name: string,
  pick: (payload: Record<string, unknown>) => boolean
): Record<string, unknown> {
  const found = examples.find((each) => each.name === name)?.examples.find(pick)
  if (!found) throw new Error(`@octokit/webhooks-examples has no such ${name} payload`)
  return structuredClone(found)
}

/** GitHub's `pull_request` `opened` payload: PR #2 of Codertocat/Hello-World, base master. */
export function pullRequestOpened(): Record<string, unknown> {
  return webhookExample('pull_request', (payload) => payload.action === 'opened')
}

/** The same payload as it arrives from a fork: the head repository belongs to a contributor. */
export function pullRequestFromFork(): Record<string, unknown> {
  const payload = pullRequestOpened()
  const pull = payload.pull_request as { head: { repo: Record<string, unknown> } }
  pull.head.repo = {
    ...pull.head.repo,
    id: 9_000_001,
    fork: true,
    name: 'Hello-World',
    full_name: 'contributor/Hello-World'
  }
  return payload
}

export const REPOSITORY = 'Codertocat/Hello-World'
export const PULL_REQUEST = 2
