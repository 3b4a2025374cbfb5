import { bucketLocationUri, parseBucketUri, type S3Location } from './s3-location.js'
import type { S3StoreOptions } from './s3-store.js'

/** Google Cloud Storage's S3-compatible XML API. */
export const GCS_XML_ENDPOINT = 'https://storage.googleapis.com'

/**
 * The region GCS wants in SigV4 signatures from S3 clients: any bucket location is reached through
 * the one endpoint, and `auto` is what Google documents for the interoperability API.
 */
export const GCS_SIGNING_REGION = 'auto'

export function parseGcsUri(uri: string): S3Location {
  return parseBucketUri(uri, 'gs')
}

export function gcsLocationUri(location: S3Location): string {
  return bucketLocationUri('gs', location)
}

/**
 * S3 client options for a `gs://` registry: the XML API endpoint and signing region unless the
 * caller named others (an emulator, a private endpoint), path-style addressing, and checksums only
 * where an operation requires them (the XML API does not take the SDK's default CRC trailers).
 * Credentials are an HMAC key of a service account, through the standard AWS variables.
 */
export function gcsStoreOptions(given: S3StoreOptions = {}): S3StoreOptions {
  return {
    ...given,
    endpoint: given.endpoint || GCS_XML_ENDPOINT,
    region: given.region || GCS_SIGNING_REGION,
    forcePathStyle: given.forcePathStyle ?? true,
    checksumMode: given.checksumMode ?? 'when_required'
  }
}
