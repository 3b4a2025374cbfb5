// Jest's node environment gives each test file its own realm with its own Float32Array, but the
// onnxruntime-node addon creates its arrays in Node's main realm, and onnxruntime-common checks
// tensor data with instanceof. Sharing the main realm's typed array constructors (jest already
// shares ArrayBuffer and Uint8Array) lets in-process inference work under jest as it does in Node.
import { TestEnvironment } from 'jest-environment-node'

const SHARED = [
  'Int8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
  'DataView'
]

export default class NativeTypedArraysEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context)
    for (const name of SHARED) this.global[name] = globalThis[name]
  }
}
