import { ConfigurationError } from '@ml-actions/core/errors'

export interface S3Location {
  bucket: string
  prefix: string
}

export function parseS3Uri(uri: string): S3Location {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri)
  if (!match?.[1]) {
    throw new ConfigurationError(
      `Registry URI "${uri}" must look like s3://bucket or s3://bucket/prefix`,
      'registry'
    )
  }
  return { bucket: match[1], prefix: (match[2] ?? '').replace(/\/+$/, '') }
}

export function s3LocationUri({ bucket, prefix }: S3Location): string {
  return `s3://${bucket}${prefix ? `/${prefix}` : ''}`
}
