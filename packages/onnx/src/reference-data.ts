import { ConfigurationError } from '@ml-actions/core/errors'
import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { readJsonReference } from './json-reference.js'
import type { ModelSignature } from './model-signature.js'
import type { NdArray } from './nd-array.js'
import { readNpy } from './npy-reader.js'
import { readNpz } from './npz-reader.js'
import { decodeTensorProtoFile } from './tensor-proto-decoding.js'

/** One set of model inputs with the outputs the exporter's framework produced for them. */
export interface ReferenceSample {
  readonly label: string
  readonly inputs: Map<string, NdArray>
  readonly outputs: Map<string, NdArray>
}

export interface ReferenceSources {
  /** `.npy`, `.npz`, `.pb` or `.json` files; `name=path` binds a file to a graph input explicitly. */
  readonly inputs: readonly string[]
  readonly outputs: readonly string[]
  /** `test_data_set_N` folders, a folder of them, or `.json`/`.npz` files holding inputs and outputs. */
  readonly data: readonly string[]
}

type Resolve = (path: string) => string

/** Read every reference sample the inputs describe, naming unnamed arrays after the model's signature. */
export async function loadReferenceSamples(
  sources: ReferenceSources,
  signature: ModelSignature,
  resolvePath: Resolve
): Promise<ReferenceSample[]> {
  const samples: ReferenceSample[] = []
  for (const entry of sources.data)
    samples.push(...(await readDataEntry(resolvePath(entry), entry, signature)))
  if (sources.inputs.length > 0 || sources.outputs.length > 0) {
    if (sources.inputs.length === 0) {
      throw new ConfigurationError(
        'reference-outputs is set but reference-inputs is not: the model needs inputs to compare.',
        'reference-inputs'
      )
    }
    samples.push({
      label: 'reference',
      inputs: await readArrayFiles(
        sources.inputs,
        signature.inputs.map((value) => value.name),
        resolvePath,
        'reference-inputs'
      ),
      outputs: await readArrayFiles(
        sources.outputs,
        signature.outputs.map((value) => value.name),
        resolvePath,
        'reference-outputs'
      )
    })
  }
  return samples
}

async function readDataEntry(
  path: string,
  given: string,
  signature: ModelSignature
): Promise<ReferenceSample[]> {
  const info = await stat(path).catch(() => undefined)
  if (!info)
    throw new ConfigurationError(`reference-data "${given}" does not exist.`, 'reference-data')
  if (info.isDirectory()) {
    const children = (await readdir(path))
      .filter((name) => /^test_data_set_\d+$/.test(name))
      .sort(byTrailingNumber)
    if (children.length > 0) {
      return Promise.all(
        children.map((child) =>
          readTestDataSet(join(path, child), `${basename(path)}/${child}`, signature)
        )
      )
    }
    return [await readTestDataSet(path, basename(path), signature)]
  }
  const bytes = await readFile(path)
  const extension = extname(path).toLowerCase()
  if (extension === '.json') {
    const { inputs, outputs } = readJsonReference(bytes.toString('utf8'), given)
    return [{ label: basename(path), inputs, outputs }]
  }
  if (extension === '.npz')
    return [splitPrefixedArchive(readNpz(bytes, given), basename(path), given)]
  throw new ConfigurationError(
    `reference-data "${given}" must be a test_data_set_N folder, a folder of them, a .json or a .npz file.`,
    'reference-data'
  )
}

/** An `.npz` holding both sides names its arrays `inputs/<name>` and `outputs/<name>` (or `input:`/`output:`). */
function splitPrefixedArchive(
  arrays: Map<string, NdArray>,
  label: string,
  given: string
): ReferenceSample {
  const inputs = new Map<string, NdArray>()
  const outputs = new Map<string, NdArray>()
  for (const [key, array] of arrays) {
    const match = /^(inputs?)[/:](.+)$|^(outputs?)[/:](.+)$/.exec(key)
    if (match?.[2]) inputs.set(match[2], array)
    else if (match?.[4]) outputs.set(match[4], array)
    else
      throw new ConfigurationError(
        `reference-data "${given}": array "${key}" is neither inputs/<name> nor outputs/<name>.`,
        'reference-data'
      )
  }
  return { label, inputs, outputs }
}

async function readTestDataSet(
  directory: string,
  label: string,
  signature: ModelSignature
): Promise<ReferenceSample> {
  const files = await readdir(directory)
  const read = async (
    prefix: 'input' | 'output',
    names: string[]
  ): Promise<Map<string, NdArray>> => {
    const arrays = new Map<string, NdArray>()
    const matching = files
      .filter((file) => new RegExp(`^${prefix}_\\d+\\.pb$`).test(file))
      .sort(byTrailingNumber)
    for (const file of matching) {
      const index = Number(/(\d+)\.pb$/.exec(file)?.[1])
      const { name, array } = decodeTensorProtoFile(
        await readFile(join(directory, file)),
        `${label}/${file}`
      )
      const bound = name !== '' && names.includes(name) ? name : names[index]
      if (bound === undefined) {
        throw new ConfigurationError(
          `${label}/${file}: the model has no ${prefix} ${name ? `"${name}"` : `number ${index}`}.`,
          'reference-data'
        )
      }
      arrays.set(bound, array)
    }
    return arrays
  }
  const inputs = await read(
    'input',
    signature.inputs.map((value) => value.name)
  )
  if (inputs.size === 0)
    throw new ConfigurationError(
      `reference-data folder "${label}" holds no input_K.pb files.`,
      'reference-data'
    )
  return {
    label,
    inputs,
    outputs: await read(
      'output',
      signature.outputs.map((value) => value.name)
    )
  }
}

async function readArrayFiles(
  entries: readonly string[],
  names: string[],
  resolvePath: Resolve,
  inputName: string
): Promise<Map<string, NdArray>> {
  const arrays = new Map<string, NdArray>()
  for (const [index, entry] of entries.entries()) {
    const explicit = /^([^=]+)=(.+)$/.exec(entry)
    const path = resolvePath(explicit ? (explicit[2] as string) : entry)
    const bytes = await readFile(path).catch(() => {
      throw new ConfigurationError(`${inputName}: file "${entry}" does not exist.`, inputName)
    })
    const extension = extname(path).toLowerCase()
    if (extension === '.npz') {
      for (const [key, array] of readNpz(bytes, entry)) arrays.set(key, array)
      continue
    }
    if (extension === '.json') {
      const { inputs, outputs } = readJsonReference(bytes.toString('utf8'), entry)
      for (const [key, array] of inputName === 'reference-inputs' ? inputs : outputs)
        arrays.set(key, array)
      continue
    }
    let array: NdArray
    let embeddedName = ''
    if (extension === '.npy') array = readNpy(bytes, entry)
    else if (extension === '.pb')
      ({ name: embeddedName, array } = decodeTensorProtoFile(bytes, entry))
    else
      throw new ConfigurationError(
        `${inputName}: "${entry}" must be .npy, .npz, .pb or .json.`,
        inputName
      )
    const stem = basename(path, extname(path))
    const name =
      explicit?.[1]?.trim() ??
      (names.includes(embeddedName)
        ? embeddedName
        : names.includes(stem)
          ? stem
          : entries.length === names.length
            ? names[index]
            : undefined)
    if (name === undefined) {
      throw new ConfigurationError(
        `${inputName}: cannot tell which of ${names.join(', ')} "${entry}" holds; write it as name=${entry}.`,
        inputName
      )
    }
    arrays.set(name, array)
  }
  return arrays
}

function byTrailingNumber(a: string, b: string): number {
  return Number(/(\d+)(?:\.pb)?$/.exec(a)?.[1]) - Number(/(\d+)(?:\.pb)?$/.exec(b)?.[1])
}
