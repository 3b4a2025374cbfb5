import { input } from './input-spec.js'

export const S3_PATH_STYLES = ['auto', 'true', 'false'] as const
export type S3PathStyle = (typeof S3_PATH_STYLES)[number]

export const REGISTRY_DESCRIPTION =
  'Registry URI: a directory, file:///path, s3://bucket/prefix or gs://bucket/prefix.'

/**
 * The inputs every action that opens the model registry declares, spelled the same everywhere;
 * `registry` says what the registry is for in this action.
 */
export function registryInputs(registryDescription: string = REGISTRY_DESCRIPTION) {
  return {
    registry: input.string({ default: '.ml-registry', description: registryDescription }),
    's3-endpoint': input.string({
      description:
        'S3-compatible endpoint (MinIO, R2, Ceph). Empty: AWS (for gs:// registries, https://storage.googleapis.com). Credentials come from the standard AWS chain (env, OIDC via configure-aws-credentials, instance role).'
    }),
    's3-region': input.string({ description: 'S3 region. Empty: AWS_REGION, else us-east-1.' }),
    's3-path-style': input.choice<S3PathStyle>(S3_PATH_STYLES, {
      default: 'auto',
      description: 'Path-style S3 addressing: auto (on with a custom endpoint), true or false.'
    })
  }
}

/** The input of every action that moves an alias, spelled the same everywhere. */
export function aliasMoveInputs() {
  return {
    'allow-unsafe-aliases': input.boolean({
      description:
        'Move the alias even on a store whose start-up probe shows it ignores create-only preconditions (only safe when a single writer can move aliases).',
      default: 'false'
    })
  }
}

export interface RegistryInputValues {
  readonly s3Endpoint: string
  readonly s3Region: string
  readonly s3PathStyle: S3PathStyle
}

/** The S3 client options those inputs ask for; empty inputs leave the SDK's own defaults. */
export function s3OptionsFromInputs(inputs: RegistryInputValues): {
  endpoint?: string
  region?: string
  forcePathStyle?: boolean
} {
  return {
    ...(inputs.s3Endpoint ? { endpoint: inputs.s3Endpoint } : {}),
    ...(inputs.s3Region ? { region: inputs.s3Region } : {}),
    ...(inputs.s3PathStyle === 'auto' ? {} : { forcePathStyle: inputs.s3PathStyle === 'true' })
  }
}

/**
 * `ModelRegistry.open(inputs.registry, registryOpenOptions(inputs, cwd))`: the registry the inputs
 * name; S3 credentials come from the standard AWS chain (env, OIDC, instance role).
 */
export function registryOpenOptions(
  inputs: RegistryInputValues & { readonly allowUnsafeAliases: boolean },
  cwd: string
): { cwd: string; allowUnsafeAliases: boolean; s3: ReturnType<typeof s3OptionsFromInputs> } {
  return { cwd, allowUnsafeAliases: inputs.allowUnsafeAliases, s3: s3OptionsFromInputs(inputs) }
}
