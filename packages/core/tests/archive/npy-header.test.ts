import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { readNpyHeader } from '../../src/archive/npy-header.js'
import { ConfigurationError } from '../../src/errors.js'

const fixtures = fileURLToPath(new URL('../../../../tests/fixtures/compare/', import.meta.url))
const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(fixtures + name))

// Expected headers from numpy 1.24.2: numpy.lib.format.read_magic, then read_array_header_1_0 /
// read_array_header_2_0 (shape, fortran_order, dtype) and the file position after it (dataStart).
describe('readNpyHeader', () => {
  it.each([
    ['labels-i64.npy', '<i8', false, [3], 128],
    ['labels-v2.npy', '<i8', false, [3], 128],
    ['fortran.npy', '<f8', true, [2, 3], 128]
  ])('reads the header of %s', (name, descr, fortranOrder, shape, dataStart) => {
    expect(readNpyHeader(bytes(name), name)).toEqual({
      descr,
      byteOrder: '<',
      typeCode: descr.slice(1),
      fortranOrder,
      shape,
      dataStart
    })
  })

  it('refuses bytes without the magic, an unknown version and a cut header, naming the file', () => {
    const good = bytes('labels-i64.npy')
    const version4 = Uint8Array.from(good)
    version4[6] = 4
    const cases: [Uint8Array, RegExp][] = [
      [new TextEncoder().encode('label\n1\n2\n3\n'), /x\.npy is not a \.npy file/],
      [version4, /x\.npy: \.npy format version 4 is not supported/],
      [good.subarray(0, 60), /x\.npy: truncated \.npy header/]
    ]
    for (const [input, message] of cases) {
      expect(() => readNpyHeader(input, 'x.npy')).toThrow(ConfigurationError)
      expect(() => readNpyHeader(input, 'x.npy')).toThrow(message)
    }
  })
})
