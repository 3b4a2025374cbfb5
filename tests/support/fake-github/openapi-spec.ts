import { createHash } from 'node:crypto'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type JsonSchema = Record<string, unknown>

export interface SpecParameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required: boolean
  schema: JsonSchema
}

export interface SpecOperation {
  operationId: string
  method: string
  pathTemplate: string
  parameters: SpecParameter[]
  requestBody?: { required: boolean; schema: JsonSchema }
  /** Status code → JSON schema of the body, or null when the status has no JSON body. */
  responses: Record<string, JsonSchema | null>
}

export interface SpecRoute {
  method: string
  pathTemplate: string
  operationId: string
}

export interface OpenApiIndex {
  /** Every route of api.github.com, so a call to a real but unimplemented endpoint is told apart from a typo. */
  routes: SpecRoute[]
  /** Full detail only for the operations the fake serves: the deref file is ~70 MB. */
  operations: Record<string, SpecOperation>
}

const require = createRequire(import.meta.url)
const SPEC_FILE = require.resolve('@octokit/openapi/generated/api.github.com.deref.json')
const SPEC_VERSION = (require('@octokit/openapi/package.json') as { version: string }).version
const HTTP_METHODS = new Set(['get', 'put', 'post', 'patch', 'delete', 'head'])

let loaded: { key: string; index: OpenApiIndex } | undefined

/**
 * The routes and the served operations' schemas. Jest gives each test file a fresh module registry, so the
 * extract is also kept in the OS temp folder: only the first test file of a spec version pays for the parse.
 */
export function loadOpenApiIndex(servedOperationIds: readonly string[]): OpenApiIndex {
  const wanted = [...servedOperationIds].sort()
  const key = createHash('sha256')
    .update(`${SPEC_VERSION}\n${wanted.join('\n')}`)
    .digest('hex')
    .slice(0, 16)
  if (loaded?.key === key) return loaded.index

  const cacheFile = join(tmpdir(), `ml-actions-fake-github-openapi-${SPEC_VERSION}-${key}.json`)
  let index: OpenApiIndex
  if (existsSync(cacheFile)) {
    index = JSON.parse(readFileSync(cacheFile, 'utf8')) as OpenApiIndex
  } else {
    index = extractIndex(new Set(wanted))
    const partial = `${cacheFile}.${process.pid}.tmp`
    writeFileSync(partial, JSON.stringify(index))
    renameSync(partial, cacheFile)
  }
  const missing = wanted.filter((id) => !(id in index.operations))
  if (missing.length > 0)
    throw new Error(`fake-github: operations not in @octokit/openapi: ${missing.join(', ')}`)
  loaded = { key, index }
  return index
}

interface RawOperation {
  operationId: string
  parameters?: { name: string; in: SpecParameter['in']; required?: boolean; schema?: JsonSchema }[]
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> }
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>
}

function extractIndex(wanted: Set<string>): OpenApiIndex {
  const spec = JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as {
    paths: Record<string, Record<string, RawOperation>>
  }
  const routes: SpecRoute[] = []
  const operations: Record<string, SpecOperation> = {}
  for (const [pathTemplate, item] of Object.entries(spec.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method)) continue
      routes.push({ method: method.toUpperCase(), pathTemplate, operationId: raw.operationId })
      if (wanted.has(raw.operationId))
        operations[raw.operationId] = toOperation(method, pathTemplate, raw)
    }
  }
  return { routes, operations }
}

function toOperation(method: string, pathTemplate: string, raw: RawOperation): SpecOperation {
  const responses: Record<string, JsonSchema | null> = {}
  for (const [status, response] of Object.entries(raw.responses ?? {})) {
    responses[status] = response.content?.['application/json']?.schema ?? null
  }
  const bodySchema = raw.requestBody?.content?.['application/json']?.schema
  return {
    operationId: raw.operationId,
    method: method.toUpperCase(),
    pathTemplate,
    parameters: (raw.parameters ?? []).map((p) => ({
      name: p.name,
      in: p.in,
      required: p.required ?? p.in === 'path',
      schema: p.schema ?? {}
    })),
    ...(bodySchema
      ? { requestBody: { required: raw.requestBody?.required ?? false, schema: bodySchema } }
      : {}),
    responses
  }
}
