/**
 * Just enough of the protobuf wire format to walk an ONNX file without a schema compiler: fields are
 * visited in order and length-delimited payloads are returned as views, so tensor bytes are never copied.
 */
export const WireType = {
  varint: 0,
  fixed64: 1,
  lengthDelimited: 2,
  startGroup: 3,
  endGroup: 4,
  fixed32: 5
} as const

export class ProtobufError extends Error {
  override readonly name = 'ProtobufError'
}

export interface ProtobufField {
  readonly number: number
  readonly wireType: number
  /** Absolute offset of the payload in the reader's buffer. */
  readonly offset: number
  /** Varint or fixed value; for int64 beyond 2^53 it loses precision (sizes in ONNX never get there). */
  readonly value: number
  /** Payload of a length-delimited field, or the encoded bytes of a varint: a view on the same memory. */
  readonly bytes: Uint8Array
}

const EMPTY = new Uint8Array(0)
const utf8 = new TextDecoder('utf-8', { fatal: false })

export class ProtobufReader {
  private position: number
  private readonly end: number

  constructor(
    private readonly buffer: Uint8Array,
    start = 0,
    end = buffer.length
  ) {
    this.position = start
    this.end = end
  }

  static of(bytes: Uint8Array): ProtobufReader {
    return new ProtobufReader(bytes)
  }

  *fields(): Generator<ProtobufField> {
    while (this.position < this.end) {
      const key = this.readVarint()
      const number = Math.floor(key / 8)
      const wireType = key % 8
      if (number === 0) throw new ProtobufError(`field number 0 at byte ${this.position}`)
      yield this.readPayload(number, wireType)
    }
  }

  private readPayload(number: number, wireType: number): ProtobufField {
    const offset = this.position
    switch (wireType) {
      case WireType.varint: {
        const value = this.readVarint()
        return {
          number,
          wireType,
          offset,
          value,
          bytes: this.buffer.subarray(offset, this.position)
        }
      }
      case WireType.fixed64: {
        this.require(8)
        const view = new DataView(this.buffer.buffer, this.buffer.byteOffset + offset, 8)
        this.position += 8
        return { number, wireType, offset, value: Number(view.getBigUint64(0, true)), bytes: EMPTY }
      }
      case WireType.fixed32: {
        this.require(4)
        const view = new DataView(this.buffer.buffer, this.buffer.byteOffset + offset, 4)
        this.position += 4
        return { number, wireType, offset, value: view.getUint32(0, true), bytes: EMPTY }
      }
      case WireType.lengthDelimited: {
        const length = this.readVarint()
        const start = this.position
        this.require(length)
        this.position += length
        return {
          number,
          wireType,
          offset: start,
          value: length,
          bytes: this.buffer.subarray(start, start + length)
        }
      }
      default:
        throw new ProtobufError(
          `unsupported wire type ${wireType} for field ${number} at byte ${offset}`
        )
    }
  }

  private require(length: number): void {
    if (length < 0 || this.position + length > this.end) {
      throw new ProtobufError(
        `truncated: field needs ${length} bytes at byte ${this.position}, only ${this.end - this.position} left`
      )
    }
  }

  private readVarint(): number {
    let result = 0
    let multiplier = 1
    for (let i = 0; i < 10; i++) {
      if (this.position >= this.end)
        throw new ProtobufError(`truncated varint at byte ${this.position}`)
      const byte = this.buffer[this.position++] as number
      result += (byte & 0x7f) * multiplier
      if (byte < 0x80) return result
      multiplier *= 128
    }
    throw new ProtobufError(`varint longer than 10 bytes at byte ${this.position}`)
  }
}

export function decodeString(bytes: Uint8Array): string {
  return utf8.decode(bytes)
}

/**
 * Varint values of a repeated field, packed or not, exactly as 64-bit integers: negative int64s are
 * 10-byte two's complement, which a double cannot hold.
 */
export function* varints64(field: ProtobufField): Generator<bigint> {
  let result = 0n
  let shift = 0n
  for (const byte of field.bytes) {
    result |= BigInt(byte & 0x7f) << shift
    if (byte < 0x80) {
      yield BigInt.asUintN(64, result)
      result = 0n
      shift = 0n
    } else {
      shift += 7n
    }
  }
  if (shift !== 0n) throw new ProtobufError('truncated varint')
}

/** A signed int64 field (dims, dim_value) as a number; exact up to 2^53. */
export function int64Value(field: ProtobufField): number {
  let value = 0
  for (const unsigned of varints64(field)) value = Number(BigInt.asIntN(64, unsigned))
  return value
}

export function readRepeatedInt64(field: ProtobufField, into: number[]): void {
  for (const unsigned of varints64(field)) into.push(Number(BigInt.asIntN(64, unsigned)))
}

/** Repeated scalar fields may be packed (one length-delimited run) or not (one field per value). */
export function readRepeatedVarints(field: ProtobufField, into: number[]): void {
  if (field.wireType !== WireType.lengthDelimited) {
    into.push(field.value)
    return
  }
  for (const inner of new PackedVarintReader(field.bytes).values()) into.push(inner)
}

class PackedVarintReader {
  constructor(private readonly bytes: Uint8Array) {}

  *values(): Generator<number> {
    let result = 0
    let multiplier = 1
    for (const byte of this.bytes) {
      result += (byte & 0x7f) * multiplier
      if (byte < 0x80) {
        yield result
        result = 0
        multiplier = 1
      } else {
        multiplier *= 128
      }
    }
    if (multiplier !== 1) throw new ProtobufError('truncated packed varint')
  }
}
