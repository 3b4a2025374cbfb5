import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig
} from '@aws-sdk/client-s3'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { setTimeout as sleep } from 'node:timers/promises'
import { Readable } from 'node:stream'
import {
  chunksOf,
  type BlobBody,
  type BlobInfo,
  type BlobStore,
  type PutOptions
} from './blob-store.js'
import { BlobNotFoundError } from './errors.js'
import { BufferPool } from './buffer-pool.js'
import { s3LocationUri } from './s3-location.js'
import { uploadObject } from './s3-upload.js'

const MIB = 1024 * 1024
const MIN_PART_SIZE = 8 * MIB
const MAX_PARTS = 10_000
const UPLOAD_PARTS_IN_FLIGHT = 4
const CONFLICT_RETRIES = 5

export interface S3StoreOptions {
  /** S3-compatible endpoint (MinIO, R2, Ceph…). Unset means AWS. */
  endpoint?: string
  region?: string
  /** Defaults to true when an endpoint is given: most compatible servers lack virtual-host DNS. */
  forcePathStyle?: boolean
  /** Omit to use the standard AWS chain (env, profile, web identity / OIDC, instance role). */
  credentials?: S3ClientConfig['credentials']
  /** Defaults to `when_required` with a custom endpoint: many compatible servers mishandle the
   * SDK's default aws-chunked checksum trailers (s3rver silently stores them in the object). */
  checksumMode?: 'when_supported' | 'when_required'
  maxAttempts?: number
  connectionTimeoutMs?: number
  /** Longest wait for a response to start; the SDK default is to wait forever. */
  requestTimeoutMs?: number
  /** Longest silence on an open connection, including mid-body. */
  socketTimeoutMs?: number
  /** How messages name the store when it is not `s3://bucket/prefix` (a `gs://` registry). */
  location?: string
  /** A preconfigured client (tests inject faults through its middleware). */
  client?: S3Client
}

export function createS3Client(options: S3StoreOptions): S3Client {
  const customEndpoint = options.endpoint !== undefined && options.endpoint !== ''
  const checksumMode = options.checksumMode ?? (customEndpoint ? 'when_required' : 'when_supported')
  const checksumSetting = checksumMode === 'when_required' ? 'WHEN_REQUIRED' : 'WHEN_SUPPORTED'
  return new S3Client({
    ...(customEndpoint ? { endpoint: options.endpoint } : {}),
    region:
      options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
    followRegionRedirects: true,
    forcePathStyle: options.forcePathStyle ?? customEndpoint,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    maxAttempts: options.maxAttempts ?? 4,
    requestChecksumCalculation: checksumSetting,
    responseChecksumValidation: checksumSetting,
    requestHandler: new NodeHttpHandler({
      connectionTimeout: options.connectionTimeoutMs ?? 5_000,
      requestTimeout: options.requestTimeoutMs ?? 60_000,
      throwOnRequestTimeout: true,
      socketTimeout: options.socketTimeoutMs ?? 60_000
    })
  })
}

export function multipartPartSize(size: number | undefined): number {
  return Math.max(MIN_PART_SIZE, Math.ceil((size ?? 0) / MAX_PARTS))
}

export class S3BlobStore implements BlobStore {
  readonly location: string
  readonly client: S3Client

  constructor(
    readonly bucket: string,
    readonly prefix: string,
    options: S3StoreOptions = {}
  ) {
    this.location = options.location ?? s3LocationUri({ bucket, prefix })
    this.client = options.client ?? createS3Client(options)
  }

  async putIfAbsent(key: string, body: Buffer): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.client.send(
          new PutObjectCommand({
            Bucket: this.bucket,
            Key: this.fullKey(key),
            Body: body,
            ContentType: 'application/json',
            IfNoneMatch: '*'
          })
        )
        return true
      } catch (error) {
        const status = httpStatus(error)
        if (status === 412) return false
        // 409 ConditionalRequestConflict: a concurrent conditional write to the same key is in
        // flight; S3 asks the client to retry, and the retry then sees 412 or succeeds.
        if (status === 409 && attempt < CONFLICT_RETRIES) {
          await sleep(50 * attempt + Math.random() * 100)
          continue
        }
        throw error
      }
    }
  }

  async put(key: string, body: BlobBody, options: PutOptions = {}): Promise<void> {
    const partSize = multipartPartSize(
      options.size ?? (Buffer.isBuffer(body) ? body.length : undefined)
    )
    const pool = new BufferPool(UPLOAD_PARTS_IN_FLIGHT + 2)
    await uploadObject(
      {
        client: this.client,
        bucket: this.bucket,
        key: this.fullKey(key),
        partSize,
        partsInFlight: UPLOAD_PARTS_IN_FLIGHT,
        sent: (part) => pool.give(part)
      },
      chunksOf(body, partSize, pool)
    )
  }

  async getStream(key: string): Promise<Readable> {
    try {
      const response = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.fullKey(key) })
      )
      if (!(response.Body instanceof Readable)) {
        throw new Error(`GetObject ${this.location}/${key} returned no Node.js stream`)
      }
      return response.Body
    } catch (error) {
      if (isNotFound(error)) throw new BlobNotFoundError(key)
      throw error
    }
  }

  async head(key: string): Promise<BlobInfo | null> {
    try {
      const response = await this.client.send(
        new HeadObjectCommand({ Bucket: this.bucket, Key: this.fullKey(key) })
      )
      return {
        key,
        size: response.ContentLength ?? 0,
        lastModified: response.LastModified ?? new Date(0)
      }
    } catch (error) {
      if (isNotFound(error)) return null
      throw error
    }
  }

  async *list(prefix: string): AsyncIterable<BlobInfo> {
    const rootLength = this.prefix ? this.prefix.length + 1 : 0
    let continuationToken: string | undefined
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: this.fullKey(prefix),
          ContinuationToken: continuationToken
        })
      )
      for (const object of page.Contents ?? []) {
        if (object.Key === undefined) continue
        yield {
          key: object.Key.slice(rootLength),
          size: object.Size ?? 0,
          lastModified: object.LastModified ?? new Date(0)
        }
      }
      continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (continuationToken)
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.fullKey(key) }))
  }

  private fullKey(key: string): string {
    return this.prefix ? `${this.prefix}/${key}` : key
  }
}

function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
}

function isNotFound(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name
  return httpStatus(error) === 404 || name === 'NoSuchKey' || name === 'NotFound'
}
