import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'
import { S3BlobStore, type S3StoreOptions } from '../../src/s3-store.js'

export const TEST_BUCKET = 'registry'
export const TEST_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

export type Fault = 'slowdown' | 'internal' | 'stall' | 'conflict' | 'precondition' | 'truncate'

export interface ProxiedRequest {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
}

/**
 * A loopback proxy in front of s3rver. s3rver ignores `If-None-Match: *` on PUT, so the proxy
 * can emulate it (per-key lock + HEAD, like S3's 412) to give the suite a conditional-aware
 * server; it also injects wire-level faults so the real SDK deserializers and retry logic run.
 */
export class S3Proxy {
  emulateConditionalWrites = true
  injectFault: (request: ProxiedRequest) => Fault | undefined = () => undefined
  readonly requests: ProxiedRequest[] = []
  private readonly keyLocks = new Map<string, Promise<void>>()
  private readonly sockets = new Set<Socket>()
  private server?: http.Server

  constructor(private readonly upstreamPort: number) {}

  async start(): Promise<number> {
    this.server = http.createServer((request, response) => void this.handle(request, response))
    this.server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    return (this.server.address() as AddressInfo).port
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server?.close(() => resolve()))
  }

  private async handle(
    request: http.IncomingMessage,
    response: http.ServerResponse
  ): Promise<void> {
    const body = await readBody(request)
    const proxied: ProxiedRequest = {
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      headers: request.headers
    }
    this.requests.push(proxied)
    const fault = this.injectFault(proxied)
    if (fault === 'stall') return
    if (fault === 'slowdown')
      return sendError(response, 503, 'SlowDown', 'Please reduce your request rate.')
    if (fault === 'internal')
      return sendError(response, 500, 'InternalError', 'We encountered an internal error.')
    if (fault === 'precondition') {
      return sendError(
        response,
        412,
        'PreconditionFailed',
        'At least one of the pre-conditions you specified did not hold'
      )
    }
    if (fault === 'conflict') {
      return sendError(
        response,
        409,
        'ConditionalRequestConflict',
        'A conflicting operation is in progress.'
      )
    }
    const createOnly = proxied.method === 'PUT' && request.headers['if-none-match'] === '*'
    if (!createOnly || !this.emulateConditionalWrites) {
      return this.forward(proxied, body, response, fault === 'truncate')
    }
    const objectPath = proxied.path.split('?')[0] ?? proxied.path
    await this.withKeyLock(objectPath, async () => {
      if (await this.exists(objectPath)) {
        sendError(
          response,
          412,
          'PreconditionFailed',
          'At least one of the pre-conditions you specified did not hold'
        )
        return
      }
      await this.forward(proxied, body, response, false)
    })
  }

  private async withKeyLock(key: string, action: () => Promise<void>): Promise<void> {
    const previous = this.keyLocks.get(key) ?? Promise.resolve()
    const current = previous.then(action, action)
    this.keyLocks.set(
      key,
      current.catch(() => undefined)
    )
    await current
  }

  private exists(objectPath: string): Promise<boolean> {
    return new Promise((resolve, reject) => {
      const head = http.request(
        { host: '127.0.0.1', port: this.upstreamPort, method: 'HEAD', path: objectPath },
        (res) => {
          res.resume()
          resolve(res.statusCode === 200)
        }
      )
      head.on('error', reject)
      head.end()
    })
  }

  private forward(
    proxied: ProxiedRequest,
    body: Buffer,
    response: http.ServerResponse,
    truncate: boolean
  ): Promise<void> {
    return new Promise((resolve) => {
      const upstream = http.request(
        {
          host: '127.0.0.1',
          port: this.upstreamPort,
          method: proxied.method,
          path: proxied.path,
          headers: proxied.headers
        },
        (res) => {
          response.writeHead(res.statusCode ?? 502, res.headers)
          if (!truncate) {
            res.pipe(response)
            res.on('end', () => resolve())
            return
          }
          const length = Number(res.headers['content-length'] ?? 0)
          let sent = 0
          res.on('data', (chunk: Buffer) => {
            const room = Math.floor(length / 2) - sent
            if (room > 0) response.write(chunk.subarray(0, room))
            sent += chunk.length
            if (sent >= length / 2) {
              res.destroy()
              response.destroy()
              resolve()
            }
          })
        }
      )
      upstream.on('error', () => {
        response.destroy()
        resolve()
      })
      upstream.end(body)
    })
  }
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

function sendError(
  response: http.ServerResponse,
  status: number,
  code: string,
  message: string
): void {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>test</RequestId></Error>`
  response.writeHead(status, {
    'content-type': 'application/xml',
    'content-length': Buffer.byteLength(xml)
  })
  response.end(xml)
}

export interface S3TestServer {
  /** Through the proxy (conditional writes emulated, faults injectable). */
  proxiedEndpoint: string
  /** Straight to s3rver, which ignores preconditions. */
  directEndpoint: string
  proxy: S3Proxy
  close(): Promise<void>
}

export async function startS3TestServer(): Promise<S3TestServer> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'registry-s3rver-'))
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: TEST_BUCKET }]
  })
  const { port } = await s3rver.run()
  const proxy = new S3Proxy(port)
  const proxyPort = await proxy.start()
  return {
    proxiedEndpoint: `http://127.0.0.1:${proxyPort}`,
    directEndpoint: `http://127.0.0.1:${port}`,
    proxy,
    async close() {
      await proxy.close()
      await s3rver.close()
      await rm(directory, { recursive: true, force: true })
    }
  }
}

let prefixCounter = 0

export function uniquePrefix(label: string): string {
  prefixCounter += 1
  return `${label}-${process.pid}-${prefixCounter}`
}

export function testS3Store(
  endpoint: string,
  prefix: string,
  options: S3StoreOptions = {}
): S3BlobStore {
  return new S3BlobStore(TEST_BUCKET, prefix, {
    endpoint,
    region: 'us-east-1',
    credentials: TEST_CREDENTIALS,
    ...options
  })
}
