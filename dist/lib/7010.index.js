"use strict";
exports.id = 7010;
exports.ids = [7010];
exports.modules = {

/***/ 97010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_NPM_REGISTRY: () => (/* binding */ DEFAULT_NPM_REGISTRY),
  registryInstaller: () => (/* binding */ registryInstaller)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./packages/onnx/src/tar-extraction.ts



const BLOCK = 512;
/**
 * A streaming reader of the ustar/pax archives npm publishes: regular files whose path passes
 * `keep` are written under `destination`; everything else (other platforms' binaries, directories,
 * links) is skipped without being held in memory. Paths that would leave `destination` are an error,
 * whatever the filter says: the archive comes from the network.
 */
function tarExtractor(destination, keep) {
    const reader = new TarReader(destination, keep);
    let settle;
    const extraction = new Promise((resolve, reject) => {
        settle = { resolve, reject };
    });
    const writable = new external_node_stream_.Writable({
        write(chunk, _encoding, callback) {
            reader.consume(chunk).then(() => callback(), (error) => callback(error));
        },
        final(callback) {
            if (reader.insideEntry)
                callback(new Error('the archive ends inside an entry (truncated download?)'));
            else
                callback();
        }
    });
    writable.once('finish', () => settle.resolve({ files: reader.files }));
    writable.once('error', (error) => settle.reject(error));
    // The pipeline that drives the extractor reports the error; an unawaited promise must not too.
    extraction.catch(() => undefined);
    return Object.assign(writable, { extraction });
}
/**
 * The archive as a sequence of 512-byte headers, each followed by its body: a pax or GNU long-name
 * record names the next entry, a file entry is written when kept, the rest is skipped.
 */
class TarReader {
    destination;
    keep;
    files = [];
    pending = Buffer.alloc(0);
    entry;
    metadata;
    paxPath;
    longName;
    finished = false;
    constructor(destination, keep) {
        this.destination = destination;
        this.keep = keep;
    }
    get insideEntry() {
        return this.entry !== undefined || this.metadata !== undefined;
    }
    async consume(chunk) {
        if (this.finished)
            return;
        this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
        for (;;) {
            if (this.finished)
                return;
            const progressed = this.metadata
                ? this.takeMetadata(this.metadata)
                : this.entry
                    ? await this.takeEntry(this.entry)
                    : this.takeHeader();
            if (!progressed)
                return;
        }
    }
    /** Moves the body's bytes out of `pending`; true once the body and its padding are complete. */
    takeBody(body, keepBytes) {
        const take = Math.min(body.remaining, this.pending.length);
        if (keepBytes)
            body.chunks.push(this.pending.subarray(0, take));
        this.pending = this.pending.subarray(take);
        body.remaining -= take;
        if (body.remaining > 0 || this.pending.length < body.padding)
            return false;
        this.pending = this.pending.subarray(body.padding);
        return true;
    }
    takeMetadata(metadata) {
        if (!this.takeBody(metadata, true))
            return false;
        const text = Buffer.concat(metadata.chunks).toString('utf8');
        if (metadata.kind === 'pax')
            this.paxPath = paxHeaderPath(text) ?? this.paxPath;
        else
            this.longName = text.replace(/\0.*$/s, '');
        this.metadata = undefined;
        return true;
    }
    async takeEntry(entry) {
        if (!this.takeBody(entry, entry.path !== undefined))
            return false;
        if (entry.path !== undefined) {
            const target = (0,external_node_path_.join)(this.destination, entry.path);
            await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
            await (0,external_node_fs_promises_.writeFile)(target, Buffer.concat(entry.chunks));
            this.files.push(entry.path);
        }
        this.entry = undefined;
        return true;
    }
    takeHeader() {
        if (this.pending.length < BLOCK)
            return false;
        const header = this.pending.subarray(0, BLOCK);
        this.pending = this.pending.subarray(BLOCK);
        if (header.every((byte) => byte === 0)) {
            this.finished = true;
            return false;
        }
        verifyChecksum(header);
        const size = readOctal(header, 124, 12);
        const body = { remaining: size, padding: (BLOCK - (size % BLOCK)) % BLOCK, chunks: [] };
        const type = String.fromCharCode(header[156] ?? 0);
        if (type === 'x' || type === 'L') {
            this.metadata = { ...body, kind: type === 'x' ? 'pax' : 'long-name' };
            return true;
        }
        if (type === 'g') {
            this.entry = { ...body, path: undefined };
            return true;
        }
        const name = this.paxPath ?? this.longName ?? headerPath(header);
        this.paxPath = undefined;
        this.longName = undefined;
        const inner = safeInnerPath(name);
        const regular = type === '0' || type === '\0' || type === '7';
        this.entry = { ...body, path: regular && inner !== '' && this.keep(inner) ? inner : undefined };
        return true;
    }
}
function headerPath(header) {
    const name = cString(header, 0, 100);
    const magic = cString(header, 257, 6);
    const prefix = magic.startsWith('ustar') ? cString(header, 345, 155) : '';
    return prefix ? `${prefix}/${name}` : name;
}
function paxHeaderPath(text) {
    // Records are "<length> <key>=<value>\n".
    for (const record of text.split('\n')) {
        const match = /^\d+ path=(.*)$/s.exec(record);
        if (match)
            return match[1];
    }
    return undefined;
}
/** Drop the first segment (`package/`) and refuse anything that could escape the destination. */
function safeInnerPath(path) {
    const segments = path
        .replace(/\\/g, '/')
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.');
    if (path.startsWith('/') ||
        /^[A-Za-z]:/.test(path) ||
        segments.includes('..') ||
        path.includes('\0')) {
        throw new Error(`the archive holds an unsafe path "${path}"`);
    }
    return segments.slice(1).join('/');
}
function cString(buffer, offset, length) {
    const field = buffer.subarray(offset, offset + length);
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
}
function readOctal(buffer, offset, length) {
    const text = cString(buffer, offset, length).trim();
    const value = text === '' ? 0 : Number.parseInt(text, 8);
    if (!Number.isSafeInteger(value) || value < 0)
        throw new Error('the archive has a corrupt entry size');
    return value;
}
function verifyChecksum(header) {
    const stored = readOctal(header, 148, 8);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : header[i];
    if (sum !== stored)
        throw new Error('the archive has a corrupt header (checksum mismatch)');
}

;// CONCATENATED MODULE: ./packages/onnx/src/npm-registry-installer.ts








const DEFAULT_NPM_REGISTRY = 'https://registry.npmjs.org/';
/**
 * Installs onnxruntime-node the way `npm install` with `ONNXRUNTIME_NODE_INSTALL=skip` would, but
 * without npm and without its postinstall (which downloads CUDA providers from NuGet, research §2.7):
 * the tarballs of onnxruntime-node and onnxruntime-common come from the npm registry, are checked
 * against the registry's integrity digest, and only this platform's prebuilt binaries are unpacked
 * (about 45 MB of the 290 MB package on linux/x64). adm-zip and global-agent, dependencies of the
 * skipped postinstall only, are not needed.
 */
function registryInstaller(options = {}) {
    const registry = withTrailingSlash(options.registry || DEFAULT_NPM_REGISTRY);
    const platform = options.platform ?? process.platform;
    const arch = options.arch ?? process.arch;
    const log = options.log ?? (() => undefined);
    const binaries = `bin/napi-v6/${platform}/${arch}/`;
    const request = registryRequester(registry, options);
    const install = async (name, version, prefix, keep) => {
        const dist = await packageDist(request, `${registry}${name}/${version}`);
        return unpackVerified(request, dist, `${name}@${version}`, (0,external_node_path_.join)(prefix, 'node_modules', name), keep, log);
    };
    return async (prefix, version) => {
        const files = await install('onnxruntime-node', version, prefix, (path) => {
            if (path.startsWith('bin/'))
                return path.startsWith(binaries);
            return path === 'package.json' || path === 'LICENSE' || path.startsWith('dist/');
        });
        if (!files.some((file) => file.startsWith(binaries))) {
            throw new errors/* ConfigurationError */.j(`onnxruntime-node ${version} has no prebuilt binaries for ${platform}/${arch} (it ships linux x64/arm64, darwin arm64, win32 x64/arm64); set onnxruntime-path to a build for this machine.`, 'onnxruntime-path');
        }
        // onnxruntime-node pins onnxruntime-common to its own version.
        await install('onnxruntime-common', version, prefix, () => true);
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(prefix, 'node_modules', 'onnxruntime-common', 'package.json'))) {
            throw new Error('onnxruntime-common was not unpacked');
        }
    };
}
/**
 * GETs from the registry, the token sent to the registry's own origin only (a tarball on a CDN gets
 * none); an unreachable registry or a refusal is a ConfigurationError pointing at onnxruntime-path.
 */
function registryRequester(registry, options) {
    const fetchImpl = options.fetch ?? fetch;
    return async (url, accept) => {
        const headers = { accept };
        if (options.token && new URL(url).origin === new URL(registry).origin) {
            headers.authorization = `Bearer ${options.token}`;
        }
        let response;
        try {
            response = await fetchImpl(url, { headers, redirect: 'follow' });
        }
        catch (error) {
            throw unreachable(registry, error instanceof Error ? (error.cause ?? error) : error);
        }
        if (!response.ok) {
            throw new errors/* ConfigurationError */.j(`The npm registry ${registry} answered ${response.status} for ${url}; set onnxruntime-path to an installed onnxruntime-node on runners without registry access.`, 'onnxruntime-path');
        }
        return response;
    };
}
/** Where the registry says a version's tarball is, and its digest. */
async function packageDist(request, metadataUrl) {
    const metadata = (await (await request(metadataUrl, 'application/json')).json());
    if (!metadata.dist?.tarball)
        throw new Error(`${metadataUrl} has no dist.tarball`);
    return metadata.dist;
}
/**
 * Streams the tarball through its digest and the tar extractor in one pass, then refuses it when the
 * digest is not the registry's: the files written are those `keep` accepts, returned only when it
 * matches.
 */
async function unpackVerified(request, dist, packageName, directory, keep, log) {
    const digest = expectedDigest(dist);
    log(`Downloading ${packageName} from ${dist.tarball}`);
    const response = await request(dist.tarball, 'application/octet-stream');
    if (!response.body)
        throw new Error(`${dist.tarball} has an empty body`);
    const hash = (0,external_node_crypto_.createHash)(digest.algorithm);
    const hashing = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            hash.update(chunk);
            callback(null, chunk);
        }
    });
    const extractor = tarExtractor(directory, keep);
    await (0,promises_.pipeline)(external_node_stream_.Readable.fromWeb(response.body), hashing, (0,external_node_zlib_.createGunzip)(), extractor);
    if (hash.digest(digest.encoding) !== digest.value) {
        throw new Error(`${packageName} from ${dist.tarball} does not match the registry's ${digest.algorithm} digest (corrupt or tampered download)`);
    }
    return (await extractor.extraction).files;
}
function expectedDigest(dist) {
    const sri = dist.integrity
        ?.split(/\s+/)
        .find((entry) => entry.startsWith('sha512-'))
        ?.slice('sha512-'.length);
    if (sri)
        return { algorithm: 'sha512', encoding: 'base64', value: sri };
    if (dist.shasum)
        return { algorithm: 'sha1', encoding: 'hex', value: dist.shasum.toLowerCase() };
    throw new Error(`the registry gives no integrity digest for ${dist.tarball}; refusing to install`);
}
function unreachable(registry, cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return new errors/* ConfigurationError */.j(`The npm registry ${registry} cannot be reached (${reason}) to install onnxruntime-node; on offline or self-hosted runners set onnxruntime-path to an installed copy.`, 'onnxruntime-path');
}
function withTrailingSlash(url) {
    return url.endsWith('/') ? url : `${url}/`;
}


/***/ })

};
;