export const id = 331;
export const ids = [331];
export const modules = {

/***/ 331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S3BlobStore: () => (/* binding */ S3BlobStore)
/* harmony export */ });
/* unused harmony exports createS3Client, multipartPartSize */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2358);
/* harmony import */ var _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1279);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3622);
/* harmony import */ var _s3_location_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4155);







const MIB = 1024 * 1024;
const MIN_PART_SIZE = 8 * MIB;
const MAX_PARTS = 10_000;
const UPLOAD_QUEUE_SIZE = 4;
const CONFLICT_RETRIES = 5;
function createS3Client(options) {
    const customEndpoint = options.endpoint !== undefined && options.endpoint !== '';
    const checksumMode = options.checksumMode ?? (customEndpoint ? 'when_required' : 'when_supported');
    const checksumSetting = checksumMode === 'when_required' ? 'WHEN_REQUIRED' : 'WHEN_SUPPORTED';
    return new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.S3Client({
        ...(customEndpoint ? { endpoint: options.endpoint } : {}),
        region: options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
        followRegionRedirects: true,
        forcePathStyle: options.forcePathStyle ?? customEndpoint,
        ...(options.credentials ? { credentials: options.credentials } : {}),
        maxAttempts: options.maxAttempts ?? 4,
        requestChecksumCalculation: checksumSetting,
        responseChecksumValidation: checksumSetting,
        requestHandler: new _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_4__.NodeHttpHandler({
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
        this.location = (0,_s3_location_js__WEBPACK_IMPORTED_MODULE_5__/* .s3LocationUri */ .O)({ bucket, prefix });
        this.client = options.client ?? createS3Client(options);
    }
    async putIfAbsent(key, body) {
        for (let attempt = 1;; attempt++) {
            try {
                await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.PutObjectCommand({
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
                    await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(50 * attempt + Math.random() * 100);
                    continue;
                }
                throw error;
            }
        }
    }
    async put(key, body, options = {}) {
        let sourceError;
        if (!Buffer.isBuffer(body))
            body.once('error', (error) => (sourceError ??= error));
        const upload = new _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_0__/* .Upload */ ._({
            client: this.client,
            params: { Bucket: this.bucket, Key: this.fullKey(key), Body: body },
            partSize: multipartPartSize(options.size ?? (Buffer.isBuffer(body) ? body.length : undefined)),
            queueSize: UPLOAD_QUEUE_SIZE,
            // lib-storage would abort by itself, but when that abort fails too (s3rver answers 405) its
            // error replaces the part's: so the abort is done here and the root cause is what we throw.
            leavePartsOnError: true
        });
        try {
            await upload.done();
        }
        catch (error) {
            if (upload.uploadId) {
                await this.client
                    .send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.AbortMultipartUploadCommand({
                    Bucket: this.bucket,
                    Key: this.fullKey(key),
                    UploadId: upload.uploadId
                }))
                    .catch(() => undefined);
            }
            throw sourceError ?? error;
        }
    }
    async getStream(key) {
        try {
            const response = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.GetObjectCommand({ Bucket: this.bucket, Key: this.fullKey(key) }));
            if (!(response.Body instanceof node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable)) {
                throw new Error(`GetObject ${this.location}/${key} returned no Node.js stream`);
            }
            return response.Body;
        }
        catch (error) {
            if (isNotFound(error))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .BlobNotFoundError */ .Bc(key);
            throw error;
        }
    }
    async head(key) {
        try {
            const response = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.HeadObjectCommand({ Bucket: this.bucket, Key: this.fullKey(key) }));
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
            const page = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.ListObjectsV2Command({
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
        await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.DeleteObjectCommand({ Bucket: this.bucket, Key: this.fullKey(key) }));
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
