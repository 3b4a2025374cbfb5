"use strict";
exports.id = 6241;
exports.ids = [6241];
exports.modules = {

/***/ 86241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createModelServer: () => (/* binding */ createModelServer)
});

// UNUSED EXPORTS: MAX_REQUEST_BYTES

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./src/serve/predict-request.ts
/** A request the client can fix: answered 400 with this message. */
class BadRequestError extends Error {
}
/**
 * `{"inputs": {"<name>": nested arrays}}`, or `{"instances": nested arrays}` for a model with one
 * input, into typed tensors checked against the model's input signature.
 */
function parsePredictRequest(body, inputs) {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new BadRequestError('the body must be a JSON object with "inputs" or "instances"');
    }
    const request = body;
    let given;
    if (request.instances !== undefined) {
        if (inputs.length !== 1) {
            throw new BadRequestError(`"instances" needs a model with one input; this one has ${inputs.map((i) => i.name).join(', ')}: use "inputs"`);
        }
        given = { [inputs[0].name]: request.instances };
    }
    else if (typeof request.inputs === 'object' && request.inputs !== null) {
        given = request.inputs;
    }
    else {
        throw new BadRequestError('the body must have "inputs" (an object by input name) or "instances"');
    }
    const unknown = Object.keys(given).filter((name) => !inputs.some((i) => i.name === name));
    if (unknown.length > 0) {
        throw new BadRequestError(`unknown input ${unknown.map((n) => JSON.stringify(n)).join(', ')}; the model takes ${inputs.map((i) => i.name).join(', ')}`);
    }
    const feeds = new Map();
    for (const input of inputs) {
        if (!(input.name in given))
            throw new BadRequestError(`input "${input.name}" is missing`);
        feeds.set(input.name, toNdArray(given[input.name], input));
    }
    return feeds;
}
function toNdArray(value, input) {
    const shape = [];
    for (let level = value; Array.isArray(level); level = level[0])
        shape.push(level.length);
    if (shape.length !== input.shape.length) {
        throw new BadRequestError(`input "${input.name}" must have ${input.shape.length} dimension(s) [${input.shape.join(', ')}], got ${shape.length}`);
    }
    input.shape.forEach((dim, axis) => {
        if (typeof dim === 'number' && dim >= 0 && shape[axis] !== dim) {
            throw new BadRequestError(`input "${input.name}" dimension ${axis} must be ${dim}, got ${shape[axis]}`);
        }
    });
    const flat = [];
    const walk = (node, depth) => {
        if (depth === shape.length) {
            if (typeof node !== 'number' || !Number.isFinite(node)) {
                throw new BadRequestError(`input "${input.name}" holds a value that is not a finite number`);
            }
            flat.push(node);
            return;
        }
        if (!Array.isArray(node) || node.length !== shape[depth]) {
            throw new BadRequestError(`input "${input.name}" is not a rectangular array`);
        }
        for (const child of node)
            walk(child, depth + 1);
    };
    walk(value, 0);
    return { dtype: input.type, shape, data: typedData(flat, input) };
}
function typedData(values, input) {
    switch (input.type) {
        case 'float32':
            return Float32Array.from(values);
        case 'float64':
            return Float64Array.from(values);
        case 'int32':
            return Int32Array.from(integers(values, input));
        case 'uint8':
            return Uint8Array.from(integers(values, input));
        case 'int8':
            return Int8Array.from(integers(values, input));
        case 'int16':
            return Int16Array.from(integers(values, input));
        case 'uint16':
            return Uint16Array.from(integers(values, input));
        case 'uint32':
            return Uint32Array.from(integers(values, input));
        case 'int64':
            return BigInt64Array.from(integers(values, input), (v) => BigInt(v));
        case 'uint64':
            return BigUint64Array.from(integers(values, input), (v) => BigInt(v));
        default:
            throw new BadRequestError(`input "${input.name}" has type ${input.type}, which JSON cannot carry`);
    }
}
function integers(values, input) {
    if (values.some((v) => !Number.isInteger(v))) {
        throw new BadRequestError(`input "${input.name}" (${input.type}) takes integers`);
    }
    return values;
}
/** Output tensors as nested JSON arrays; 64-bit integers as numbers when they fit exactly. */
function outputsToJson(outputs) {
    const json = {};
    for (const [name, array] of outputs) {
        const flat = Array.from(array.data, (v) => typeof v === 'bigint' ? Number(v) : v);
        json[name] = nest(flat, array.shape);
    }
    return json;
}
function nest(flat, shape) {
    if (shape.length === 0)
        return flat[0];
    const [size, ...rest] = shape;
    const stride = rest.reduce((product, dim) => product * dim, 1);
    return Array.from({ length: size }, (_, i) => nest(flat.slice(i * stride, (i + 1) * stride), rest));
}

;// CONCATENATED MODULE: ./src/serve/model-server.ts


/** Larger bodies are refused before they are buffered: a loopback server is still a server. */
const MAX_REQUEST_BYTES = 16 * 1024 * 1024;
/**
 * `GET /healthz` and `POST /predict` (JSON in, JSON out). Every response names the model and its
 * version, in the body and in `X-Model-Name` / `X-Model-Version`, so a smoke test can tell which
 * version answered.
 */
function createModelServer(model) {
    return (0,external_node_http_.createServer)((request, response) => {
        handle(model, request, response).catch((error) => {
            send(response, model, 500, { error: `prediction failed: ${error.message}` });
        });
    });
}
async function handle(model, request, response) {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/healthz') {
        if (request.method !== 'GET' && request.method !== 'HEAD') {
            return send(response, model, 405, { error: 'use GET /healthz' }, { Allow: 'GET, HEAD' });
        }
        return send(response, model, 200, {
            status: 'ok',
            inputs: model.inputs.map(({ name, type, shape }) => ({ name, type, shape })),
            outputs: model.outputs
        });
    }
    if (path !== '/predict') {
        return send(response, model, 404, { error: 'not found: use GET /healthz or POST /predict' });
    }
    if (request.method !== 'POST') {
        return send(response, model, 405, { error: 'use POST /predict' }, { Allow: 'POST' });
    }
    let body;
    try {
        body = JSON.parse(await readBody(request));
    }
    catch (error) {
        const status = error instanceof BodyTooLargeError ? 413 : 400;
        return send(response, model, status, {
            error: `the body is not JSON: ${error.message}`
        });
    }
    let feeds;
    try {
        feeds = parsePredictRequest(body, model.inputs);
    }
    catch (error) {
        if (error instanceof BadRequestError)
            return send(response, model, 400, { error: error.message });
        throw error;
    }
    const outputs = await model.predict(feeds);
    return send(response, model, 200, { outputs: outputsToJson(outputs) });
}
class BodyTooLargeError extends Error {
}
async function readBody(request) {
    const chunks = [];
    let size = 0;
    for await (const chunk of request) {
        size += chunk.length;
        if (size > MAX_REQUEST_BYTES)
            throw new BodyTooLargeError(`larger than ${MAX_REQUEST_BYTES} bytes`);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function send(response, model, status, body, headers = {}) {
    if (response.headersSent)
        return;
    const text = `${JSON.stringify({ model: { name: model.name, version: model.version }, ...body })}\n`;
    response.writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(text),
        'X-Model-Name': model.name,
        'X-Model-Version': model.version,
        ...headers
    });
    response.end(text);
}


/***/ })

};
;