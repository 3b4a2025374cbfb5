import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { NdArray } from '@ml-actions/onnx'
import {
  BadRequestError,
  outputsToJson,
  parsePredictRequest,
  type ServedInput
} from './predict-request.js'

/** The model as the server sees it: its identity, its input signature and a way to run it. */
export interface ServedModel {
  readonly name: string
  readonly version: string
  readonly inputs: readonly ServedInput[]
  readonly outputs: readonly string[]
  predict(feeds: ReadonlyMap<string, NdArray>): Promise<ReadonlyMap<string, NdArray>>
}

/** Larger bodies are refused before they are buffered: a loopback server is still a server. */
export const MAX_REQUEST_BYTES = 16 * 1024 * 1024

/**
 * `GET /healthz` and `POST /predict` (JSON in, JSON out). Every response names the model and its
 * version, in the body and in `X-Model-Name` / `X-Model-Version`, so a smoke test can tell which
 * version answered.
 */
export function createModelServer(model: ServedModel): Server {
  return createServer((request, response) => {
    handle(model, request, response).catch((error: unknown) => {
      send(response, model, 500, { error: `prediction failed: ${(error as Error).message}` })
    })
  })
}

async function handle(
  model: ServedModel,
  request: IncomingMessage,
  response: ServerResponse
): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname
  if (path === '/healthz') {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, model, 405, { error: 'use GET /healthz' }, { Allow: 'GET, HEAD' })
    }
    return send(response, model, 200, {
      status: 'ok',
      inputs: model.inputs.map(({ name, type, shape }) => ({ name, type, shape })),
      outputs: model.outputs
    })
  }
  if (path !== '/predict') {
    return send(response, model, 404, { error: 'not found: use GET /healthz or POST /predict' })
  }
  if (request.method !== 'POST') {
    return send(response, model, 405, { error: 'use POST /predict' }, { Allow: 'POST' })
  }
  let body: unknown
  try {
    body = JSON.parse(await readBody(request))
  } catch (error) {
    const status = error instanceof BodyTooLargeError ? 413 : 400
    return send(response, model, status, {
      error: `the body is not JSON: ${(error as Error).message}`
    })
  }
  let feeds: Map<string, NdArray>
  try {
    feeds = parsePredictRequest(body, model.inputs)
  } catch (error) {
    if (error instanceof BadRequestError)
      return send(response, model, 400, { error: error.message })
    throw error
  }
  const outputs = await model.predict(feeds)
  return send(response, model, 200, { outputs: outputsToJson(outputs) })
}

class BodyTooLargeError extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_REQUEST_BYTES)
      throw new BodyTooLargeError(`larger than ${MAX_REQUEST_BYTES} bytes`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function send(
  response: ServerResponse,
  model: ServedModel,
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {}
): void {
  if (response.headersSent) return
  const text = `${JSON.stringify({ model: { name: model.name, version: model.version }, ...body })}\n`
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'X-Model-Name': model.name,
    'X-Model-Version': model.version,
    ...headers
  })
  response.end(text)
}
