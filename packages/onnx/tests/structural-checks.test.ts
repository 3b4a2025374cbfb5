import { describe, expect, it } from '@jest/globals'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { checkExternalData, checkModelStructure, readModelHeader } from '@ml-actions/onnx'
import type { Finding } from '@ml-actions/onnx'
import { DataType, encodeModel, float32Bytes, scratchDirectory } from './support/onnx-models.js'
import type { ModelSpec } from './support/onnx-models.js'

const codes = (findings: readonly Finding[]) => findings.map((entry) => entry.code)
const check = (spec: ModelSpec) => checkModelStructure(readModelHeader(encodeModel(spec)))

describe('checkModelStructure', () => {
  it('finds nothing wrong with a well-formed model', () => {
    expect(check({})).toEqual([])
  })

  it('flags raw_data that does not match dims × dtype size', () => {
    const findings = check({
      initializers: [{ name: 'W', dataType: DataType.float, dims: [4], rawData: new Uint8Array(8) }]
    })
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'raw-data-size-mismatch',
        severity: 'error',
        message: expect.stringContaining('holds 8 bytes of raw_data; its shape needs 16')
      })
    ])
  })

  it('flags duplicate initializers, duplicate value names and duplicate metadata keys', () => {
    const findings = check({
      metadata: [
        ['k', '1'],
        ['k', '2']
      ],
      initializers: [
        { name: 'W', dataType: DataType.float, dims: [1], rawData: float32Bytes([1]) },
        { name: 'W', dataType: DataType.float, dims: [1], rawData: float32Bytes([2]) }
      ],
      nodes: [
        { opType: 'Relu', inputs: ['X'], outputs: ['Y'] },
        { opType: 'Relu', inputs: ['X'], outputs: ['Y'] }
      ]
    })
    expect(codes(findings).sort()).toEqual([
      'duplicate-initializer',
      'duplicate-metadata-key',
      'duplicate-value-name'
    ])
    expect(findings.find((entry) => entry.code === 'duplicate-value-name')?.message).toContain(
      '"Y"'
    )
  })

  it('flags a missing graph, empty outputs, a missing opset and versions newer than the runtime', () => {
    expect(codes(check({ noGraph: true }))).toEqual(['missing-graph'])
    expect(codes(check({ outputs: [], nodes: [] }))).toEqual(['no-outputs'])
    expect(codes(check({ opsets: [] }))).toEqual(['missing-opset-import'])
    expect(codes(check({ opsets: [{ domain: '', version: 27 }], irVersion: 14 }))).toEqual([
      'ir-version-too-new',
      'opset-too-new'
    ])
  })

  it('flags a graph output nothing produces', () => {
    const findings = check({
      outputs: [
        { name: 'Y', elemType: DataType.float, shape: ['batch', 4] },
        { name: 'Ghost', elemType: DataType.float, shape: ['batch', 4] }
      ]
    })
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'output-not-produced',
        severity: 'error',
        message: 'Graph output "Ghost" is not produced by any node, initializer or graph input.'
      })
    ])
  })

  it('flags graph inputs onnxruntime-node cannot exchange', () => {
    const findings = check({
      inputs: [{ name: 'X', elemType: DataType.bfloat16, shape: [4] }],
      outputs: [{ name: 'Y', elemType: DataType.bfloat16, shape: [4] }]
    })
    expect(codes(findings)).toEqual(['unsupported-io-type', 'unsupported-io-type'])
    expect(findings[0]?.message).toContain('bfloat16')
  })
})

describe('checkExternalData', () => {
  async function externalModel(external: Record<string, string>, dims = [4]) {
    const header = readModelHeader(
      encodeModel({ initializers: [{ name: 'W', dataType: DataType.float, dims, external }] })
    )
    return header.graph?.initializers ?? []
  }

  it('accepts a relative location inside the folder and measures the file', async () => {
    const directory = await scratchDirectory('ext-ok')
    await mkdir(join(directory, 'data'))
    await writeFile(join(directory, 'data', 'w.bin'), new Uint8Array(32))
    const result = await checkExternalData(
      await externalModel({ location: 'data/w.bin', offset: '16', length: '16' }),
      directory
    )
    expect(result).toEqual({ findings: [], files: [{ location: 'data/w.bin', bytes: 32 }] })
  })

  it.each([
    ['../x.bin', 'contains ".."'],
    ['sub/../../x.bin', 'contains ".."'],
    ['/etc/passwd', 'is an absolute path'],
    ['C:\\Windows\\win.ini', 'is an absolute path']
  ])('rejects the escaping location %s before anything opens it', async (location, reason) => {
    const directory = await scratchDirectory('ext-escape')
    const result = await checkExternalData(
      await externalModel({ location, offset: '0', length: '16' }),
      directory
    )
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'external-data-unsafe-path',
        message: expect.stringContaining(reason)
      })
    ])
  })

  it('rejects a symlink that leads out of the model folder', async () => {
    const outside = await scratchDirectory('ext-outside')
    await writeFile(join(outside, 'secret.bin'), new Uint8Array(16))
    const directory = await scratchDirectory('ext-link')
    await symlink(join(outside, 'secret.bin'), join(directory, 'w.bin'))
    const result = await checkExternalData(
      await externalModel({ location: 'w.bin', offset: '0', length: '16' }),
      directory
    )
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'external-data-unsafe-path',
        message: expect.stringContaining('through a symlink')
      })
    ])
  })

  it('rejects an offset+length beyond the end of the file, a missing file and a wrong length', async () => {
    const directory = await scratchDirectory('ext-range')
    await writeFile(join(directory, 'w.bin'), new Uint8Array(16))
    const beyond = await checkExternalData(
      await externalModel({ location: 'w.bin', offset: '8', length: '16' }),
      directory
    )
    expect(beyond.findings).toEqual([
      expect.objectContaining({
        code: 'external-data-out-of-range',
        message: expect.stringContaining('bytes 8..24 lie beyond the end')
      })
    ])
    const missing = await checkExternalData(
      await externalModel({ location: 'nope.bin', offset: '0', length: '16' }),
      directory
    )
    expect(codes(missing.findings)).toEqual(['external-data-missing'])
    const short = await checkExternalData(
      await externalModel({ location: 'w.bin', offset: '0', length: '8' }),
      directory
    )
    expect(codes(short.findings)).toEqual(['external-data-size-mismatch'])
  })
})
