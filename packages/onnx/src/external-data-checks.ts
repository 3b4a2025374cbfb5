import { realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, sep, win32, posix } from 'node:path'
import { denseByteSize } from './element-type.js'
import { finding } from './finding.js'
import type { Finding } from './finding.js'
import type { InitializerInfo } from './model-header.js'

export interface ExternalDataSummary {
  readonly findings: Finding[]
  /** Distinct external files that passed the checks, with their sizes. */
  readonly files: { location: string; bytes: number }[]
}

/**
 * External data `location` is attacker-controlled text that onnxruntime turns into a file path
 * (reliability §1.7): it must stay inside the model's folder, symlinks included, and every
 * offset+length must fall inside the file, before the runtime is allowed to open anything.
 */
export async function checkExternalData(
  initializers: readonly InitializerInfo[],
  modelDirectory: string
): Promise<ExternalDataSummary> {
  const findings: Finding[] = []
  const files = new Map<string, number>()
  const rejected = new Set<string>()
  const root = await realpath(modelDirectory)
  for (const initializer of initializers) {
    const external = initializer.external
    if (!external) continue
    const subject = `Initializer "${initializer.name}"`
    const location = external.location
    const unsafe = describeUnsafeLocation(location)
    if (unsafe) {
      findings.push(
        finding(
          'external-data-unsafe-path',
          'error',
          `${subject}: external data location "${location}" ${unsafe}.`
        )
      )
      continue
    }
    if (
      !Number.isSafeInteger(external.offset) ||
      external.offset < 0 ||
      (external.length !== undefined &&
        (!Number.isSafeInteger(external.length) || external.length < 0))
    ) {
      findings.push(
        finding(
          'external-data-bad-range',
          'error',
          `${subject}: offset/length of "${location}" are not non-negative integers.`
        )
      )
      continue
    }
    let size = files.get(location)
    if (size === undefined) {
      if (rejected.has(location)) continue
      const resolved = await resolveInside(root, location)
      if ('problem' in resolved) {
        rejected.add(location)
        findings.push(
          finding(
            resolved.code,
            'error',
            `${subject}: external data file "${location}" ${resolved.problem}.`
          )
        )
        continue
      }
      size = resolved.size
      files.set(location, size)
    }
    const expected = denseByteSize(initializer.dataType, initializer.elements)
    const length = external.length ?? size - external.offset
    if (external.offset + length > size) {
      findings.push(
        finding(
          'external-data-out-of-range',
          'error',
          `${subject}: bytes ${external.offset}..${external.offset + length} lie beyond the end of "${location}" (${size} bytes).`
        )
      )
    } else if (expected !== undefined && length !== expected) {
      findings.push(
        finding(
          'external-data-size-mismatch',
          'error',
          `${subject} (${initializer.dtype} [${initializer.dims.join(', ')}]) declares ${length} bytes in "${location}"; its shape needs ${expected}.`
        )
      )
    }
  }
  return { findings, files: [...files].map(([location, bytes]) => ({ location, bytes })) }
}

function describeUnsafeLocation(location: string): string | undefined {
  if (location === '') return 'is empty'
  if (location.includes('\0')) return 'contains a NUL byte'
  if (
    isAbsolute(location) ||
    posix.isAbsolute(location) ||
    win32.isAbsolute(location) ||
    /^[a-zA-Z]:/.test(location)
  ) {
    return 'is an absolute path; it must be relative to the model folder'
  }
  if (location.split(/[\\/]/).includes('..'))
    return 'contains ".."; it must stay inside the model folder'
  return undefined
}

type Resolution = { problem: string; code: string } | { size: number }

async function resolveInside(root: string, location: string): Promise<Resolution> {
  let real: string
  try {
    real = await realpath(join(root, location))
  } catch {
    return { problem: 'does not exist next to the model', code: 'external-data-missing' }
  }
  const inside = relative(root, real)
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return {
      problem: 'resolves (through a symlink) outside the model folder',
      code: 'external-data-unsafe-path'
    }
  }
  const info = await stat(real)
  if (!info.isFile()) return { problem: 'is not a regular file', code: 'external-data-missing' }
  return { size: info.size }
}
