import { input } from './input-spec.js'

export const S3_PATH_STYLES = ['auto', 'true', 'false'] as const
export type S3PathStyle = (typeof S3_PATH_STYLES)[number]

/** The inputs every action that opens the model registry declares, spelled the same everywhere. */
export const registryInputs = {
  registry: input.string({ default: '.ml-registry' }),
  's3-endpoint': input.string(),
  's3-region': input.string(),
  's3-path-style': input.choice<S3PathStyle>(S3_PATH_STYLES, { default: 'auto' })
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
