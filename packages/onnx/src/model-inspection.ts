import { ConfigurationError } from '@ml-actions/core/errors'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { checkExternalData } from './external-data-checks.js'
import { finding } from './finding.js'
import type { Finding } from './finding.js'
import { readModelHeader } from './model-header.js'
import type { ModelHeader } from './model-header.js'
import { modelSignature } from './model-signature.js'
import type { ModelSignature } from './model-signature.js'
import { ProtobufError } from './protobuf-reader.js'
import { checkModelStructure } from './structural-checks.js'
import type { RuntimeLimits } from './structural-checks.js'
import type { ModelFileInfo } from './verification-report.js'

export interface ModelInspection {
  readonly file: ModelFileInfo
  readonly header: ModelHeader | undefined
  readonly signature: ModelSignature
  readonly findings: Finding[]
  /** A finding that forbids handing the file to onnxruntime at all (a path escaping the model folder). */
  readonly unsafeToLoad: boolean
}

/** Everything learned from the bytes alone: digest, header, structural and external-data findings. */
export async function inspectModel(
  path: string,
  displayPath: string,
  inputName: string,
  limits?: RuntimeLimits
): Promise<ModelInspection> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new ConfigurationError(
      `${inputName} "${displayPath}" cannot be read: ${error.code === 'ENOENT' ? 'no such file' : error.message}.`,
      inputName
    )
  })
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  let header: ModelHeader | undefined
  const findings: Finding[] = []
  try {
    header = readModelHeader(bytes)
  } catch (error) {
    if (!(error instanceof ProtobufError)) throw error
    findings.push(
      finding(
        'invalid-protobuf',
        'error',
        `"${displayPath}" is not a valid ONNX protobuf: ${error.message}.`
      )
    )
  }
  let externalDataBytes = 0
  if (header) {
    findings.push(...checkModelStructure(header, limits))
    const external = await checkExternalData(header.graph?.initializers ?? [], dirname(path))
    findings.push(...external.findings)
    externalDataBytes = external.files.reduce((sum, file) => sum + file.bytes, 0)
  }
  return {
    file: {
      path: displayPath,
      sha256,
      fileBytes: bytes.length,
      externalDataBytes,
      totalBytes: bytes.length + externalDataBytes
    },
    header,
    signature: header ? modelSignature(header) : { inputs: [], outputs: [] },
    findings,
    unsafeToLoad: findings.some((entry) => entry.code === 'external-data-unsafe-path')
  }
}
