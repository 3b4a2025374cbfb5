import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { Unzip, UnzipInflate, unzipSync } from 'fflate'
import { readZipEntries } from '../src/archive/zip-entries.js'
import { ConfigurationError } from '../src/errors.js'

// Why compare-metrics and onnx-export-verify keep their own zip reader rather than fflate 0.8.3
// (docs/contributing.md, the zip row): each property below, tested on ours and on the library. The
// fflate halves state what the library does today; should one start failing, fflate has gained the
// property and the row is worth reopening.

/**
 * 16 MiB of "0" deflated to 16 KiB by Python's zipfile, its declared size then set to 1 KiB in the
 * local header and the central directory (offsets 22 and 24):
 * `ZipFile(buf, "w", ZIP_DEFLATED, compresslevel=9).writestr("metrics-comparison.json", b"0" * 2**24)`
 * then `struct.pack_into("<I", data, 22, 1024)` and the same at the central entry + 24.
 */
const bomb = new Uint8Array(readFileSync(new URL('./fixtures/zip-bomb.zip', import.meta.url)))
const DECLARED = 1024
const INFLATED = 16 * 1024 * 1024

/** A zip written by Python's zipfile (an independent writer) with these entries. */
function pythonZip(
  entries: Record<string, string>,
  method: 'ZIP_STORED' | 'ZIP_DEFLATED'
): Uint8Array {
  const script =
    'import io, json, sys, zipfile\n' +
    'buffer = io.BytesIO()\n' +
    `with zipfile.ZipFile(buffer, "w", zipfile.${method}) as archive:\n` +
    '    for name, text in json.loads(sys.argv[1]).items():\n' +
    '        archive.writestr(zipfile.ZipInfo(name), text)\n' +
    'sys.stdout.buffer.write(buffer.getvalue())\n'
  return new Uint8Array(execFileSync('/usr/bin/python3', ['-c', script, JSON.stringify(entries)]))
}

describe('a zip bomb (an entry inflating past its declared size)', () => {
  it('ours stops at the declared size and names the entry', () => {
    expect(() => readZipEntries(bomb, 'artifact "ml-metrics"')).toThrow(
      new ConfigurationError(
        'artifact "ml-metrics": entry "metrics-comparison.json" inflates past its declared 1024 bytes.'
      )
    )
  })

  it('fflate unzipSync returns the first declared bytes as if whole, with no error', () => {
    const files = unzipSync(bomb)
    expect(files['metrics-comparison.json']?.length).toBe(DECLARED)
  })

  it('fflate’s Unzip stream hands on all 16 MiB, whatever the declared size', () => {
    let delivered = 0
    const unzip = new Unzip((file) => {
      expect(file.originalSize).toBe(DECLARED)
      file.ondata = (error, chunk) => {
        if (error) throw error
        delivered += chunk.length
      }
      file.start()
    })
    unzip.register(UnzipInflate)
    unzip.push(bomb, true)
    expect(delivered).toBe(INFLATED)
  })
})

describe('an entry whose bytes are not the ones its CRC-32 was taken of', () => {
  const zip = pythonZip({ 'metrics.json': '{"accuracy": 0.91}' }, 'ZIP_STORED')
  // A stored entry: flip a digit of its data (local header 30 bytes + the 12-byte name).
  const corrupt = zip.slice()
  const at = 30 + 'metrics.json'.length + '{"accuracy": 0.'.length
  expect(String.fromCharCode(corrupt[at] as number)).toBe('9')
  corrupt[at] = '1'.charCodeAt(0)

  it('ours reads the intact archive and refuses the altered one, naming the entry', () => {
    expect(new TextDecoder().decode(readZipEntries(zip, 'a.zip')[0]?.data)).toBe(
      '{"accuracy": 0.91}'
    )
    expect(() => readZipEntries(corrupt, 'a.zip')).toThrow(
      new ConfigurationError('a.zip: entry "metrics.json" fails its CRC-32 check.')
    )
  })

  it('fflate unzipSync returns the altered bytes: it takes no CRC', () => {
    expect(new TextDecoder().decode(unzipSync(corrupt)['metrics.json'])).toBe('{"accuracy": 0.11}')
  })
})

describe('entry names that climb out of a directory or are absolute', () => {
  for (const name of ['../metrics.json', 'reports/../../metrics.json', '/etc/metrics.json']) {
    const zip = pythonZip({ [name]: '{}' }, 'ZIP_DEFLATED')

    it(`ours refuses ${name}, naming it`, () => {
      expect(() => readZipEntries(zip, 'a.zip')).toThrow(ConfigurationError)
      expect(() => readZipEntries(zip, 'a.zip')).toThrow(`entry "${name}"`)
    })

    it(`fflate unzipSync returns ${name} as a key, for its caller to catch`, () => {
      expect(Object.keys(unzipSync(zip))).toEqual([name])
    })
  }

  it('ours still reads names in folders', () => {
    const zip = pythonZip({ 'reports/metrics.json': '{}', 'a..b.json': '[]' }, 'ZIP_DEFLATED')
    expect(readZipEntries(zip, 'a.zip').map((entry) => entry.name)).toEqual([
      'reports/metrics.json',
      'a..b.json'
    ])
  })
})
