"use strict";
exports.id = 6112;
exports.ids = [6112];
exports.modules = {

/***/ 96112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S3BlobStore: () => (/* binding */ S3BlobStore)
});

// UNUSED EXPORTS: createS3Client, multipartPartSize

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(53711);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(61279);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./packages/registry/src/blob-store.ts
var blob_store = __webpack_require__(9810);
// EXTERNAL MODULE: ./packages/registry/src/errors.ts
var errors = __webpack_require__(33622);
// EXTERNAL MODULE: ./packages/registry/src/buffer-pool.ts
var buffer_pool = __webpack_require__(73466);
// EXTERNAL MODULE: ./packages/registry/src/s3-location.ts
var s3_location = __webpack_require__(94155);
;// CONCATENATED MODULE: ./packages/registry/src/s3-upload.ts

/**
 * Writes the chunks as one object: a single PutObject when they fit in one part, else a multipart
 * upload that is completed only after the chunks are exhausted, so a source that fails at its very
 * end (a digest mismatch) leaves no object. Any failure aborts the upload and rethrows the first
 * error, not the abort's. Done here rather than with lib-storage, whose stream chunker copies every
 * byte into parts: chunks of exactly `partSize` (a file read straight into part buffers) are sent
 * as they are.
 */
async function uploadObject(target, chunks) {
    const { client, bucket: Bucket, key: Key } = target;
    const parts = partsOf(chunks, target.partSize);
    const first = await parts.next();
    const second = first.done ? first : await parts.next();
    if (second.done) {
        const body = first.done ? Buffer.alloc(0) : first.value;
        await client.send(new dist_cjs/* PutObjectCommand */.wKZ({ Bucket, Key, Body: body, ContentLength: body.length }));
        return;
    }
    await uploadInParts(target, [first.value, second.value], parts);
}
/**
 * The multipart upload, completed once the parts are exhausted and all acknowledged. On any failure
 * the source is closed, the parts in flight are waited for (one landing after the abort would be
 * stored, and billed) and the upload aborted; the first error is rethrown, not the abort's.
 */
async function uploadInParts(target, firstParts, parts) {
    const { client, bucket: Bucket, key: Key } = target;
    // As lib-storage does: where the client sends checksums by default (AWS), the upload is created
    // with CRC32 so each part carries one and S3 checks it, and Complete lists them.
    const checksummed = (await client.config.requestChecksumCalculation()) === 'WHEN_SUPPORTED';
    const checksum = checksummed ? { ChecksumAlgorithm: dist_cjs/* ChecksumAlgorithm */.VD4.CRC32 } : {};
    const inFlight = new Set();
    let UploadId;
    try {
        const created = await client.send(new dist_cjs/* CreateMultipartUploadCommand */.nG4({ Bucket, Key, ...checksum }));
        UploadId = created.UploadId;
        if (!UploadId)
            throw new Error(`CreateMultipartUpload for ${Key} returned no UploadId`);
        const completed = await sendParts({ target, UploadId, checksum }, firstParts, parts, inFlight);
        await client.send(new dist_cjs/* CompleteMultipartUploadCommand */.Gym({
            Bucket,
            Key,
            UploadId,
            MultipartUpload: { Parts: completed }
        }));
    }
    catch (error) {
        // Closes the source (a file handle, a read in flight), even when the upload never started.
        await parts.return(undefined);
        await Promise.allSettled(inFlight);
        if (UploadId) {
            await client
                .send(new dist_cjs/* AbortMultipartUploadCommand */.tfP({ Bucket, Key, UploadId }))
                .catch(() => undefined);
        }
        throw error;
    }
}
/**
 * Sends the parts, at most `partsInFlight` at once, reading the next only when one is acknowledged;
 * stops reading at the first failure and throws it once the rest have settled. The acknowledged
 * parts come back in part-number order, as CompleteMultipartUpload wants them.
 */
async function sendParts(upload, firstParts, parts, inFlight) {
    const completed = [];
    let failure;
    const send = (partNumber, body) => {
        const sent = sendPart(upload, partNumber, body)
            .then((part) => void completed.push(part), (error) => {
            failure ??= { error };
        })
            .finally(() => inFlight.delete(sent));
        inFlight.add(sent);
    };
    let partNumber = 1;
    for (const body of firstParts)
        send(partNumber++, body);
    for (;; partNumber++) {
        while (inFlight.size >= upload.target.partsInFlight && !failure)
            await Promise.race(inFlight);
        if (failure)
            break;
        const next = await parts.next();
        if (next.done)
            break;
        send(partNumber, next.value);
    }
    await Promise.all(inFlight);
    if (failure)
        throw failure.error;
    return completed.sort((a, b) => (a.PartNumber ?? 0) - (b.PartNumber ?? 0));
}
/** One part, acknowledged with its ETag (and its CRC32 where S3 checked one); its buffer is then free. */
async function sendPart({ target, UploadId, checksum }, PartNumber, body) {
    const { client, bucket: Bucket, key: Key } = target;
    const { ETag, ChecksumCRC32 } = await client.send(new dist_cjs/* UploadPartCommand */.iVK({
        Bucket,
        Key,
        UploadId,
        PartNumber,
        Body: body,
        ContentLength: body.length,
        ...checksum
    }));
    if (!ETag)
        throw new Error(`UploadPart ${PartNumber} of ${Key} returned no ETag`);
    target.sent?.(body);
    return { PartNumber, ETag, ...(ChecksumCRC32 ? { ChecksumCRC32 } : {}) };
}
/**
 * Regroups chunks of any size into parts of exactly `partSize` (the last may be shorter). A chunk
 * that starts a part and covers it is passed on as a view; smaller ones are joined, so each byte is
 * copied at most once.
 */
async function* partsOf(chunks, partSize) {
    let pending = [];
    let pendingBytes = 0;
    for await (const chunk of chunks) {
        let rest = chunk;
        while (pendingBytes + rest.length >= partSize) {
            const taken = partSize - pendingBytes;
            if (pendingBytes > 0)
                yield Buffer.concat([...pending, rest.subarray(0, taken)], partSize);
            // The chunk itself when it is exactly one part, so its owner can recognise and reuse it.
            else
                yield rest.length === partSize ? rest : rest.subarray(0, partSize);
            pending = [];
            pendingBytes = 0;
            rest = rest.subarray(taken);
        }
        if (rest.length > 0) {
            pending.push(rest);
            pendingBytes += rest.length;
        }
    }
    if (pendingBytes > 0)
        yield pending.length === 1 ? pending[0] : Buffer.concat(pending);
}

;// CONCATENATED MODULE: ./packages/registry/src/s3-store.ts









const MIB = 1024 * 1024;
const MIN_PART_SIZE = 8 * MIB;
const MAX_PARTS = 10_000;
const UPLOAD_PARTS_IN_FLIGHT = 4;
const CONFLICT_RETRIES = 5;
function createS3Client(options) {
    const customEndpoint = options.endpoint !== undefined && options.endpoint !== '';
    const checksumMode = options.checksumMode ?? (customEndpoint ? 'when_required' : 'when_supported');
    const checksumSetting = checksumMode === 'when_required' ? 'WHEN_REQUIRED' : 'WHEN_SUPPORTED';
    return new dist_cjs/* S3Client */.YxF({
        ...(customEndpoint ? { endpoint: options.endpoint } : {}),
        region: options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
        followRegionRedirects: true,
        forcePathStyle: options.forcePathStyle ?? customEndpoint,
        ...(options.credentials ? { credentials: options.credentials } : {}),
        maxAttempts: options.maxAttempts ?? 4,
        requestChecksumCalculation: checksumSetting,
        responseChecksumValidation: checksumSetting,
        requestHandler: new node_http_handler_dist_cjs.NodeHttpHandler({
            connectionTimeout: options.connectionTimeoutMs ?? 5_000,
            requestTimeout: options.requestTimeoutMs ?? 60_000,
            throwOnRequestTimeout: true,
            socketTimeout: options.socketTimeoutMs ?? 60_000
        })
    });
}
function multipartPartSize(size) {
    return Math.max(MIN_PART_SIZE, Math.ceil((size ?? 0) / MAX_PARTS));
}
class S3BlobStore {
    bucket;
    prefix;
    location;
    client;
    constructor(bucket, prefix, options = {}) {
        this.bucket = bucket;
        this.prefix = prefix;
        this.location = options.location ?? (0,s3_location/* s3LocationUri */.OB)({ bucket, prefix });
        this.client = options.client ?? createS3Client(options);
    }
    async putIfAbsent(key, body) {
        for (let attempt = 1;; attempt++) {
            try {
                await this.client.send(new dist_cjs/* PutObjectCommand */.wKZ({
                    Bucket: this.bucket,
                    Key: this.fullKey(key),
                    Body: body,
                    ContentType: 'application/json',
                    IfNoneMatch: '*'
                }));
                return true;
            }
            catch (error) {
                const status = httpStatus(error);
                if (status === 412)
                    return false;
                // 409 ConditionalRequestConflict: a concurrent conditional write to the same key is in
                // flight; S3 asks the client to retry, and the retry then sees 412 or succeeds.
                if (status === 409 && attempt < CONFLICT_RETRIES) {
                    await (0,promises_.setTimeout)(50 * attempt + Math.random() * 100);
                    continue;
                }
                throw error;
            }
        }
    }
    async put(key, body, options = {}) {
        const partSize = multipartPartSize(options.size ?? (Buffer.isBuffer(body) ? body.length : undefined));
        const pool = new buffer_pool/* BufferPool */.P(UPLOAD_PARTS_IN_FLIGHT + 2);
        await uploadObject({
            client: this.client,
            bucket: this.bucket,
            key: this.fullKey(key),
            partSize,
            partsInFlight: UPLOAD_PARTS_IN_FLIGHT,
            sent: (part) => pool.give(part)
        }, (0,blob_store/* chunksOf */.U_)(body, partSize, pool));
    }
    async getStream(key) {
        try {
            const response = await this.client.send(new dist_cjs/* GetObjectCommand */.jLs({ Bucket: this.bucket, Key: this.fullKey(key) }));
            if (!(response.Body instanceof external_node_stream_.Readable)) {
                throw new Error(`GetObject ${this.location}/${key} returned no Node.js stream`);
            }
            return response.Body;
        }
        catch (error) {
            if (isNotFound(error))
                throw new errors/* BlobNotFoundError */.Bc(key);
            throw error;
        }
    }
    async head(key) {
        try {
            const response = await this.client.send(new dist_cjs/* HeadObjectCommand */.l81({ Bucket: this.bucket, Key: this.fullKey(key) }));
            return {
                key,
                size: response.ContentLength ?? 0,
                lastModified: response.LastModified ?? new Date(0)
            };
        }
        catch (error) {
            if (isNotFound(error))
                return null;
            throw error;
        }
    }
    async *list(prefix) {
        const rootLength = this.prefix ? this.prefix.length + 1 : 0;
        let continuationToken;
        do {
            const page = await this.client.send(new dist_cjs/* ListObjectsV2Command */.u6x({
                Bucket: this.bucket,
                Prefix: this.fullKey(prefix),
                ContinuationToken: continuationToken
            }));
            for (const object of page.Contents ?? []) {
                if (object.Key === undefined)
                    continue;
                yield {
                    key: object.Key.slice(rootLength),
                    size: object.Size ?? 0,
                    lastModified: object.LastModified ?? new Date(0)
                };
            }
            continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (continuationToken);
    }
    async delete(key) {
        await this.client.send(new dist_cjs/* DeleteObjectCommand */.k4j({ Bucket: this.bucket, Key: this.fullKey(key) }));
    }
    fullKey(key) {
        return this.prefix ? `${this.prefix}/${key}` : key;
    }
}
function httpStatus(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    return error.$metadata?.httpStatusCode;
}
function isNotFound(error) {
    const name = error?.name;
    return httpStatus(error) === 404 || name === 'NoSuchKey' || name === 'NotFound';
}


/***/ })

};
;