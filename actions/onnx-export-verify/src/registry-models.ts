import { ConfigurationError } from '@ml-actions/core/errors'
import { mkdtemp } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { BaselineOrigin, ModelLocation } from '@ml-actions/onnx'
import { ModelRegistry } from '@ml-actions/registry'
import type { Manifest, S3StoreOptions } from '@ml-actions/registry'

export interface RegistryBaseline {
  readonly location: ModelLocation
  readonly origin: Omit<BaselineOrigin, 'path' | 'sha256'>
}

export interface RegistryAccess {
  readonly registry: string
  readonly cwd: string
  readonly s3?: S3StoreOptions
}

function openRegistry(access: RegistryAccess): ModelRegistry {
  return ModelRegistry.open(access.registry, {
    cwd: access.cwd,
    ...(access.s3 ? { s3: access.s3 } : {})
  })
}

async function resolveRef(registry: ModelRegistry, ref: string, inputName: string) {
  try {
    return await registry.resolve(ref)
  } catch (error) {
    if (error instanceof ConfigurationError) {
      throw new ConfigurationError(`${inputName} "${ref}": ${error.message}`, inputName)
    }
    throw error
  }
}

/**
 * Resolve `baseline-ref` (`name@alias`, `name/7`, `name@latest`) in the registry and download the
 * whole version (external data files travel with the .onnx) into a fresh folder; the registry
 * verifies every file's sha256 on the way.
 */
export async function fetchRegistryBaseline(
  options: RegistryAccess & {
    readonly ref: string
    readonly candidateFileName: string
    readonly scratch: string
  }
): Promise<RegistryBaseline> {
  const registry = openRegistry(options)
  const resolved = await resolveRef(registry, options.ref, 'baseline-ref')
  const file = pickOnnxFile(resolved.manifest, options.candidateFileName, options.ref)
  const destination = await mkdtemp(join(options.scratch, 'onnx-baseline-'))
  await registry.download(resolved.name, resolved.version, destination)
  return {
    location: {
      path: join(destination, ...file.split('/')),
      display: `${resolved.name}/${resolved.version}:${file}`
    },
    origin: {
      source: 'registry',
      model: resolved.name,
      version: resolved.version,
      ...(resolved.alias ? { alias: resolved.alias } : {})
    }
  }
}

/**
 * The registry version the verified file belongs to (`model-ref`), for the report's subject, so
 * deploy-gate can tie the verification to the version it promotes. `digests` are the version's file
 * digests: the caller checks that the verified file is one of them.
 */
export async function resolveRegisteredModel(
  options: RegistryAccess & { readonly ref: string }
): Promise<{ model: string; version: number; digests: string[] }> {
  const resolved = await resolveRef(openRegistry(options), options.ref, 'model-ref')
  return {
    model: resolved.name,
    version: resolved.version,
    digests: resolved.manifest.files.map((file) => file.sha256)
  }
}

/** The version's only .onnx file, or the one named like the candidate when it holds several. */
function pickOnnxFile(manifest: Manifest, candidateFileName: string, ref: string): string {
  const models = manifest.files.map((file) => file.path).filter((path) => path.endsWith('.onnx'))
  if (models.length === 1) return models[0] as string
  const sameName = models.filter((path) => basename(path) === candidateFileName)
  if (sameName.length === 1) return sameName[0] as string
  const listed = manifest.files.map((file) => file.path).join(', ')
  throw new ConfigurationError(
    models.length === 0
      ? `baseline-ref "${ref}" (${manifest.name}/${manifest.version}) holds no .onnx file (files: ${listed}).`
      : `baseline-ref "${ref}" (${manifest.name}/${manifest.version}) holds several .onnx files (${models.join(', ')}) and none is named ${candidateFileName}.`,
    'baseline-ref'
  )
}
