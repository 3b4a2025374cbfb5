import { beforeAll, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { execFileSync } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ConfigurationError } from '@ml-actions/core/errors'
import { ProtobufError, readModelHeader, readNpy, readNpz } from '@ml-actions/onnx'
import { tarExtractor } from '../src/tar-extraction.js'
import { DataType, encodeModel, scratchDirectory } from './support/onnx-models.js'
import { hostileBytes, outcomeOf } from '../../../tests/support/hostile-bytes.js'
import { propertyRuns } from '../../../tests/support/property-runs.js'

/**
 * The binary readers, fed arbitrary and mutated bytes: a result, or a ConfigurationError /
 * ProtobufError naming what is wrong; never a TypeError, a RangeError, a hang, or (for tar) a file
 * written outside the destination.
 */

const NAMED = [ConfigurationError, ProtobufError]
let npy: Uint8Array
let npz: Uint8Array
let deflated: Uint8Array
let tar: Uint8Array

beforeAll(async () => {
  const directory = await scratchDirectory('readers-property')
  // numpy writes the reference files, as users' scripts do (Debian's python3).
  execFileSync('/usr/bin/python3', [
    '-c',
    'import sys, numpy as np; d = sys.argv[1]; np.save(d + "/a.npy", np.arange(6, dtype=np.float32).reshape(2, 3)); np.savez(d + "/a.npz", x=np.arange(3), y=np.eye(2)); np.savez_compressed(d + "/c.npz", z=np.zeros(4))',
    directory
  ])
  npy = await readFile(join(directory, 'a.npy'))
  npz = await readFile(join(directory, 'a.npz'))
  deflated = await readFile(join(directory, 'c.npz'))
  await mkdir(join(directory, 'package', 'lib'), { recursive: true })
  await writeFile(join(directory, 'package', 'lib', 'x.txt'), 'hello')
  await writeFile(join(directory, 'package', 'package.json'), '{}')
  tar = execFileSync('tar', ['-c', '-f', '-', 'package'], { cwd: directory })
})

describe('binary readers on hostile bytes', () => {
  test('ONNX model header', async () => {
    const model = encodeModel({
      metadata: { git_sha: 'abc' },
      inputs: [{ name: 'X', elemType: DataType.float, shape: ['batch', 4] }]
    })
    expect(readModelHeader(model).graph).toBeDefined()
    await fc.assert(
      fc.asyncProperty(hostileBytes(model), async (bytes) => {
        expect(['result', 'named error']).toContain(
          await outcomeOf(() => readModelHeader(bytes), NAMED)
        )
      }),
      propertyRuns(300)
    )
  })

  test('npy', async () => {
    expect(readNpy(npy, 'a.npy').shape).toEqual([2, 3])
    await fc.assert(
      fc.asyncProperty(hostileBytes(npy), async (bytes) => {
        expect(['result', 'named error']).toContain(
          await outcomeOf(() => readNpy(bytes, 'a.npy'), NAMED)
        )
      }),
      propertyRuns(300)
    )
  })

  test('npz (stored and deflated)', async () => {
    expect([...readNpz(npz, 'a.npz').keys()].sort()).toEqual(['x', 'y'])
    expect([...readNpz(deflated, 'c.npz').keys()]).toEqual(['z'])
    await fc.assert(
      fc.asyncProperty(hostileBytes(npz, deflated), async (bytes) => {
        expect(['result', 'named error']).toContain(
          await outcomeOf(() => readNpz(bytes, 'a.npz'), NAMED)
        )
      }),
      propertyRuns(200)
    )
  })

  test('npz whose zip64 extra field runs past the end of the file (found by npm run fuzz)', () => {
    const found = Uint8Array.from([
      80, 75, 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 33, 0, 206, 177, 148, 251, 71, 0, 0, 0, 160, 0, 0, 0,
      5, 0, 20, 0, 122, 46, 110, 112, 121, 1, 0, 16, 0, 160, 0, 0, 0, 0, 0, 0, 0, 71, 0, 0, 0, 0, 0,
      0, 0, 155, 236, 23, 234, 27, 16, 201, 200, 80, 198, 80, 173, 158, 146, 90, 156, 92, 164, 110,
      165, 160, 110, 147, 102, 161, 174, 163, 160, 158, 150, 95, 84, 82, 148, 152, 23, 159, 95, 148,
      146, 10, 18, 119, 75, 204, 41, 78, 5, 138, 23, 103, 36, 22, 164, 2, 249, 26, 38, 58, 154, 58,
      10, 181, 10, 20, 0, 46, 6, 2, 0, 0, 80, 75, 1, 2, 0, 20, 3, 20, 0, 0, 0, 8, 0, 0, 0, 33, 0,
      206, 177, 148, 251, 71, 0, 0, 0, 160, 0, 0, 0, 5, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 1, 0,
      0, 0, 0, 122, 46, 110, 112, 121, 80, 75, 5, 6, 0, 0, 0, 0, 1, 0, 1, 0, 51, 0, 0, 0, 126, 0, 0,
      0, 0, 0
    ])
    expect(() => readNpz(found, 'a.npz')).toThrow(ConfigurationError)
  })

  test('tar: a result or a named refusal, and nothing written outside the destination', async () => {
    const root = await scratchDirectory('tar-property')
    let run = 0
    await fc.assert(
      fc.asyncProperty(hostileBytes(tar), async (bytes) => {
        const destination = join(root, String(run++), 'into')
        await mkdir(destination, { recursive: true })
        const extractor = tarExtractor(destination, () => true)
        // The extractor's refusals are plain Errors whose message says what is wrong with the archive.
        await Promise.all([
          pipeline(Readable.from([Buffer.from(bytes)]), extractor),
          extractor.extraction
        ]).catch((error: unknown) => {
          expect((error as Error).message).toMatch(/^the archive /)
        })
        const written = execFileSync('find', [join(destination, '..')], { encoding: 'utf8' })
        for (const line of written.trim().split('\n')) {
          expect(line === join(destination, '..') || line.startsWith(destination)).toBe(true)
        }
      }),
      propertyRuns(150)
    )
  })
})
