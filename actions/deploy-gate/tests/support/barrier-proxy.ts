import {
  createServer,
  request,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A loopback proxy in front of the fake GitHub that holds matching requests until `parties` of them
 * have arrived, then forwards them all at once: two gate processes are then guaranteed to have read
 * the alias before either moves it, so the registry's compare-and-swap decides the race.
 */
export class BarrierProxy {
  private server: Server | undefined
  private readonly waiting: Array<() => void> = []
  private timer: NodeJS.Timeout | undefined

  constructor(
    private readonly upstream: string,
    private readonly holds: (method: string, path: string) => boolean,
    private readonly parties: number,
    private readonly maxWaitMs = 30_000
  ) {}

  async start(): Promise<string> {
    const server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    this.server = server
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer)
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve()
    )
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    if (this.holds(req.method ?? 'GET', (req.url ?? '/').split('?')[0] ?? '/')) await this.barrier()
    const target = new URL(req.url ?? '/', this.upstream)
    const forwarded = request(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (upstream) => {
        res.writeHead(upstream.statusCode ?? 502, upstream.headers)
        upstream.pipe(res)
      }
    )
    forwarded.on('error', () => res.destroy())
    forwarded.end(Buffer.concat(chunks))
  }

  private barrier(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve)
      if (this.waiting.length >= this.parties) this.release()
      else this.timer ??= setTimeout(() => this.release(), this.maxWaitMs)
    })
  }

  private release(): void {
    clearTimeout(this.timer)
    for (const resolve of this.waiting.splice(0)) resolve()
  }
}
