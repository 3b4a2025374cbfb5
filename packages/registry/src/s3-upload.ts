import {
  AbortMultipartUploadCommand,
  ChecksumAlgorithm,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  UploadPartCommand,
  type CompletedPart,
  type S3Client
} from '@aws-sdk/client-s3'

export interface UploadTarget {
  client: S3Client
  bucket: string
  key: string
  partSize: number
  /** Parts in flight at once; memory is about (partsInFlight + 1) × partSize. */
  partsInFlight: number
  /** Called with each part the server has acknowledged: its buffer is free for reuse. */
  sent?: (part: Buffer) => void
}

/**
 * Writes the chunks as one object: a single PutObject when they fit in one part, else a multipart
 * upload that is completed only after the chunks are exhausted, so a source that fails at its very
 * end (a digest mismatch) leaves no object. Any failure aborts the upload and rethrows the first
 * error, not the abort's. Done here rather than with lib-storage, whose stream chunker copies every
 * byte into parts: chunks of exactly `partSize` (a file read straight into part buffers) are sent
 * as they are.
 */
export async function uploadObject(
  target: UploadTarget,
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>
): Promise<void> {
  const { client, bucket: Bucket, key: Key } = target
  const parts = partsOf(chunks, target.partSize)
  const first = await parts.next()
  const second = first.done ? first : await parts.next()
  if (second.done) {
    const body = first.done ? Buffer.alloc(0) : first.value
    await client.send(new PutObjectCommand({ Bucket, Key, Body: body, ContentLength: body.length }))
    return
  }
  await uploadInParts(target, [first.value as Buffer, second.value], parts)
}

interface MultipartUpload {
  readonly target: UploadTarget
  readonly UploadId: string
  readonly checksum: { readonly ChecksumAlgorithm?: ChecksumAlgorithm }
}

/**
 * The multipart upload, completed once the parts are exhausted and all acknowledged. On any failure
 * the source is closed, the parts in flight are waited for (one landing after the abort would be
 * stored, and billed) and the upload aborted; the first error is rethrown, not the abort's.
 */
async function uploadInParts(
  target: UploadTarget,
  firstParts: readonly Buffer[],
  parts: AsyncGenerator<Buffer, void, undefined>
): Promise<void> {
  const { client, bucket: Bucket, key: Key } = target
  // As lib-storage does: where the client sends checksums by default (AWS), the upload is created
  // with CRC32 so each part carries one and S3 checks it, and Complete lists them.
  const checksummed = (await client.config.requestChecksumCalculation()) === 'WHEN_SUPPORTED'
  const checksum = checksummed ? { ChecksumAlgorithm: ChecksumAlgorithm.CRC32 } : {}
  const inFlight = new Set<Promise<void>>()
  let UploadId: string | undefined
  try {
    const created = await client.send(
      new CreateMultipartUploadCommand({ Bucket, Key, ...checksum })
    )
    UploadId = created.UploadId
    if (!UploadId) throw new Error(`CreateMultipartUpload for ${Key} returned no UploadId`)
    const completed = await sendParts({ target, UploadId, checksum }, firstParts, parts, inFlight)
    await client.send(
      new CompleteMultipartUploadCommand({
        Bucket,
        Key,
        UploadId,
        MultipartUpload: { Parts: completed }
      })
    )
  } catch (error) {
    // Closes the source (a file handle, a read in flight), even when the upload never started.
    await parts.return(undefined)
    await Promise.allSettled(inFlight)
    if (UploadId) {
      await client
        .send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId }))
        .catch(() => undefined)
    }
    throw error
  }
}

/**
 * Sends the parts, at most `partsInFlight` at once, reading the next only when one is acknowledged;
 * stops reading at the first failure and throws it once the rest have settled. The acknowledged
 * parts come back in part-number order, as CompleteMultipartUpload wants them.
 */
async function sendParts(
  upload: MultipartUpload,
  firstParts: readonly Buffer[],
  parts: AsyncGenerator<Buffer, void, undefined>,
  inFlight: Set<Promise<void>>
): Promise<CompletedPart[]> {
  const completed: CompletedPart[] = []
  let failure: { error: unknown } | undefined
  const send = (partNumber: number, body: Buffer): void => {
    const sent: Promise<void> = sendPart(upload, partNumber, body)
      .then(
        (part) => void completed.push(part),
        (error: unknown) => {
          failure ??= { error }
        }
      )
      .finally(() => inFlight.delete(sent))
    inFlight.add(sent)
  }
  let partNumber = 1
  for (const body of firstParts) send(partNumber++, body)
  for (; ; partNumber++) {
    while (inFlight.size >= upload.target.partsInFlight && !failure) await Promise.race(inFlight)
    if (failure) break
    const next = await parts.next()
    if (next.done) break
    send(partNumber, next.value)
  }
  await Promise.all(inFlight)
  if (failure) throw failure.error
  return completed.sort((a, b) => (a.PartNumber ?? 0) - (b.PartNumber ?? 0))
}

/** One part, acknowledged with its ETag (and its CRC32 where S3 checked one); its buffer is then free. */
async function sendPart(
  { target, UploadId, checksum }: MultipartUpload,
  PartNumber: number,
  body: Buffer
): Promise<CompletedPart> {
  const { client, bucket: Bucket, key: Key } = target
  const { ETag, ChecksumCRC32 } = await client.send(
    new UploadPartCommand({
      Bucket,
      Key,
      UploadId,
      PartNumber,
      Body: body,
      ContentLength: body.length,
      ...checksum
    })
  )
  if (!ETag) throw new Error(`UploadPart ${PartNumber} of ${Key} returned no ETag`)
  target.sent?.(body)
  return { PartNumber, ETag, ...(ChecksumCRC32 ? { ChecksumCRC32 } : {}) }
}

/**
 * Regroups chunks of any size into parts of exactly `partSize` (the last may be shorter). A chunk
 * that starts a part and covers it is passed on as a view; smaller ones are joined, so each byte is
 * copied at most once.
 */
export async function* partsOf(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  partSize: number
): AsyncGenerator<Buffer, void, undefined> {
  let pending: Buffer[] = []
  let pendingBytes = 0
  for await (const chunk of chunks) {
    let rest = chunk
    while (pendingBytes + rest.length >= partSize) {
      const taken = partSize - pendingBytes
      if (pendingBytes > 0) yield Buffer.concat([...pending, rest.subarray(0, taken)], partSize)
      // The chunk itself when it is exactly one part, so its owner can recognise and reuse it.
      else yield rest.length === partSize ? rest : rest.subarray(0, partSize)
      pending = []
      pendingBytes = 0
      rest = rest.subarray(taken)
    }
    if (rest.length > 0) {
      pending.push(rest)
      pendingBytes += rest.length
    }
  }
  if (pendingBytes > 0) yield pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending)
}
