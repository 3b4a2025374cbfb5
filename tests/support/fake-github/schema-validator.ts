import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { JsonSchema, SpecOperation } from './openapi-spec.js'

// ajv-formats is CommonJS: under NodeNext the default import is module.exports, which carries `.default`.
const addFormats = addFormatsModule.default

export interface IncomingCall {
  pathParams: Record<string, string>
  query: URLSearchParams
  /** undefined when the request had no body. */
  body: unknown
}

/** Validates requests and responses of one OpenAPI operation; compiled on first use and cached. */
export class SchemaValidator {
  private readonly ajv: Ajv
  private readonly compiled = new WeakMap<JsonSchema, ValidateFunction>()

  constructor() {
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: true })
    addFormats(this.ajv)
    // GitHub answers "" for unset URL fields (a deployment status's target_url) although the spec says uri.
    const uri = addFormats.get('uri', 'full')
    const isUri = (value: string): boolean =>
      uri instanceof RegExp
        ? uri.test(value)
        : typeof uri === 'function'
          ? Boolean(uri(value))
          : true
    this.ajv.addFormat('uri', (value: string) => value === '' || isUri(value))
  }

  checkRequest(operation: SpecOperation, call: IncomingCall): string[] {
    const problems: string[] = []
    const declaredQuery = new Set<string>()
    for (const parameter of operation.parameters) {
      if (parameter.in === 'query') declaredQuery.add(parameter.name)
      const raw =
        parameter.in === 'path'
          ? call.pathParams[parameter.name]
          : parameter.in === 'query'
            ? (call.query.get(parameter.name) ?? undefined)
            : undefined
      if (parameter.in !== 'path' && parameter.in !== 'query') continue
      if (raw === undefined) {
        if (parameter.required)
          problems.push(`${parameter.in} parameter "${parameter.name}" is required`)
        continue
      }
      const value = coerce(raw, parameter.schema)
      problems.push(
        ...this.run(parameter.schema, value, `${parameter.in} parameter "${parameter.name}"`)
      )
    }
    for (const name of call.query.keys()) {
      if (!declaredQuery.has(name))
        problems.push(`query parameter "${name}" is not defined for ${operation.operationId}`)
    }
    if (operation.requestBody) {
      if (call.body === undefined) {
        if (operation.requestBody.required) problems.push('request body is required')
      } else {
        problems.push(...this.run(operation.requestBody.schema, call.body, 'request body'))
      }
    } else if (call.body !== undefined) {
      problems.push(`${operation.operationId} takes no request body`)
    }
    return problems
  }

  checkResponse(operation: SpecOperation, status: number, body: unknown): string[] {
    const key = String(status)
    if (!(key in operation.responses)) {
      // GitHub answers many statuses the spec leaves out (404 on delete, 5xx); only a success we invented is a bug.
      return status < 300
        ? [`status ${status} is not a documented response of ${operation.operationId}`]
        : []
    }
    const schema = operation.responses[key]
    // The spec leaves the body of many error statuses undescribed; GitHub still sends {message, documentation_url}.
    if (!schema) return []
    return this.run(schema, body, `response ${status} body`)
  }

  private run(schema: JsonSchema, value: unknown, where: string): string[] {
    let validate = this.compiled.get(schema)
    if (!validate) {
      validate = this.ajv.compile(withTypelessNullables(schema))
      this.compiled.set(schema, validate)
    }
    if (validate(value)) return []
    return (validate.errors ?? []).map(
      (e) => `${where}${e.instancePath || ''} ${e.message ?? 'is invalid'}${formatParams(e.params)}`
    )
  }
}

/**
 * OpenAPI 3.0 puts `nullable: true` beside `allOf`/`anyOf` with no `type` (the issue schema's
 * milestone, type and pull request fields), which ajv refuses; there it means "or null". And a nullable
 * enum (an open issue's state_reason) does not list null.
 */
function withTypelessNullables(schema: JsonSchema): JsonSchema {
  const seen = new Map<object, unknown>()
  const walk = (node: unknown): unknown => {
    if (typeof node !== 'object' || node === null) return node
    const known = seen.get(node)
    if (known) return known
    if (Array.isArray(node)) {
      const copy: unknown[] = []
      seen.set(node, copy)
      for (const item of node) copy.push(walk(item))
      return copy
    }
    const copy: Record<string, unknown> = {}
    seen.set(node, copy)
    for (const [key, value] of Object.entries(node)) copy[key] = walk(value)
    // An enum must list null for ajv to accept it, though OpenAPI's nullable already allows it.
    if (copy.nullable === true && Array.isArray(copy.enum) && !copy.enum.includes(null)) {
      copy.enum = [...copy.enum, null]
    }
    if (copy.nullable === true && copy.type === undefined) {
      const { nullable: _nullable, ...rest } = copy
      const wrapped = { anyOf: [rest, { type: 'null' }] }
      seen.set(node, wrapped)
      return wrapped
    }
    return copy
  }
  return walk(schema) as JsonSchema
}

function formatParams(params: Record<string, unknown>): string {
  const shown = Object.entries(params).filter(([, v]) => v !== undefined)
  return shown.length ? ` (${shown.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')})` : ''
}

/** Query and path values are strings on the wire; the schema says what they must parse to. */
function coerce(raw: string, schema: JsonSchema): unknown {
  const type = schema.type
  if (type === 'integer' || type === 'number')
    return raw.trim() !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw
  if (type === 'array') return raw.split(',')
  return raw
}
