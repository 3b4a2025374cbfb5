import { ConfigurationError } from '@ml-actions/core/errors'

/** A bucket and key prefix, for S3 and for the stores reached through an S3 API (GCS). */
export interface S3Location {
  bucket: string
  prefix: string
}

/** The URI schemes of bucket registries: `s3://` and GCS's `gs://`. */
export type BucketScheme = 's3' | 'gs'

export function parseBucketUri(uri: string, scheme: BucketScheme): S3Location {
  const match = new RegExp(`^${scheme}://([^/]+)/?(.*)$`).exec(uri)
  if (!match?.[1]) {
    throw new ConfigurationError(
      `Registry URI "${uri}" must look like ${scheme}://bucket or ${scheme}://bucket/prefix`,
      'registry'
    )
  }
  return { bucket: match[1], prefix: (match[2] ?? '').replace(/\/+$/, '') }
}

export function bucketLocationUri(scheme: BucketScheme, { bucket, prefix }: S3Location): string {
  return `${scheme}://${bucket}${prefix ? `/${prefix}` : ''}`
}

export function parseS3Uri(uri: string): S3Location {
  return parseBucketUri(uri, 's3')
}

export function s3LocationUri(location: S3Location): string {
  return bucketLocationUri('s3', location)
}
