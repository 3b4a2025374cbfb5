import type { FakeState } from './fake-state.js'
import type { HandlerResult } from './handler.js'
import { nodeId } from './resources.js'

const CLASSIFIERS = new Set(['SPAM', 'ABUSE', 'OFF_TOPIC', 'OUTDATED', 'DUPLICATE', 'RESOLVED'])

export interface GraphqlOutcome {
  result: HandlerResult
  /** Problems with the request itself: the client sent something GitHub's schema would reject. */
  violations: string[]
}

/**
 * GitHub's GraphQL schema is not in @octokit/openapi, so only the one mutation we use is understood and its
 * variables are checked by hand against the documented input type (MinimizeCommentInput).
 */
export function handleGraphql(state: FakeState, body: unknown): GraphqlOutcome {
  const request = body as { query?: unknown; variables?: Record<string, unknown> } | undefined
  const query = typeof request?.query === 'string' ? request.query : ''
  if (!/^\s*mutation\b[\s\S]*\bminimizeComment\s*\(/.test(query)) {
    return {
      result: {
        status: 200,
        body: { errors: [{ message: 'fake-github understands only minimizeComment' }] }
      },
      violations: [`unsupported GraphQL document: ${query.slice(0, 200)}`]
    }
  }
  const variables = request?.variables ?? {}
  const subjectId = variables.subjectId
  const classifier = variables.classifier
  const violations: string[] = []
  if (typeof subjectId !== 'string' || subjectId === '')
    violations.push('variables.subjectId must be a non-empty ID')
  if (typeof classifier !== 'string' || !CLASSIFIERS.has(classifier)) {
    violations.push(`variables.classifier must be one of ${[...CLASSIFIERS].join(', ')}`)
  }
  if (
    !/minimizeComment\s*\(\s*input\s*:\s*\{[^}]*subjectId\s*:\s*\$subjectId[^}]*classifier\s*:\s*\$classifier/.test(
      query
    )
  ) {
    violations.push(
      'minimizeComment must take input: {subjectId: $subjectId, classifier: $classifier}'
    )
  }
  if (violations.length > 0) {
    return {
      result: { status: 200, body: { errors: violations.map((message) => ({ message })) } },
      violations
    }
  }

  const comment = state.comments.find((c) => nodeId('IssueComment', c.id) === subjectId)
  if (!comment) {
    return {
      result: {
        status: 200,
        body: {
          data: { minimizeComment: null },
          errors: [
            {
              type: 'NOT_FOUND',
              path: ['minimizeComment'],
              message: `Could not resolve to a node with the global id of '${String(subjectId)}'`
            }
          ]
        }
      },
      violations: []
    }
  }
  comment.minimizedAs = String(classifier)
  return {
    result: {
      status: 200,
      body: {
        data: {
          minimizeComment: {
            minimizedComment: {
              isMinimized: true,
              minimizedReason: String(classifier).toLowerCase()
            }
          }
        }
      }
    },
    violations: []
  }
}
