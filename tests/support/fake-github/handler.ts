import type { FakeState } from './fake-state.js'
import type { Account, Hosts } from './resources.js'

export interface HandlerContext {
  state: FakeState
  hosts: Hosts
  /** The URL as the client sent it (with the GHES prefix, if any), for building Link headers. */
  requestUrl: URL
  pathParams: Record<string, string>
  // Already validated against the operation's request schema, so handlers may trust its shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any
  caller: Account
}

export interface HandlerResult {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export type Handler = (context: HandlerContext) => HandlerResult

export function notFound(): HandlerResult {
  return {
    status: 404,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }
  }
}

export function intParam(context: HandlerContext, name: string): number {
  return Number(context.pathParams[name])
}
