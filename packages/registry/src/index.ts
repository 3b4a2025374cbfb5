export { ModelRegistry } from './model-registry.js'
export type {
  ModelRegistryOptions,
  OpenRegistryOptions,
  ResolvedModel,
  ModelSummary
} from './model-registry.js'
export type { BlobStore, BlobInfo, PutOptions } from './blob-store.js'
export { LocalDirectoryStore } from './local-directory-store.js'
export { parseS3Uri } from './s3-location.js'
export { GCS_XML_ENDPOINT, gcsStoreOptions, parseGcsUri } from './gcs-location.js'
export type { S3Location } from './s3-location.js'
export type { S3StoreOptions } from './s3-store.js'
export { openStore, DEFAULT_REGISTRY_DIRECTORY } from './store-uri.js'
export type { OpenStoreOptions } from './store-uri.js'
export { probeConditionalWrites } from './conditional-write-probe.js'
export type { ConditionalWriteProbe } from './conditional-write-probe.js'
export { ConcurrencyError, IntegrityError, BlobNotFoundError } from './errors.js'
export {
  lineageFromCiRun,
  lineageFromEnv,
  githubRunUrl,
  idempotencyKeyFromEnv,
  idempotencyKeyOf
} from './lineage.js'
export type { Lineage, LineageExtras, DatasetDigest } from './lineage.js'
export type { Manifest, ManifestFile } from './manifest.js'
export { MANIFEST_SCHEMA_VERSION, CHECKOUT_MANIFEST_FILE } from './manifest.js'
export type { ModelFileSource } from './model-files.js'
export { parseModelRef, formatVersionRef } from './model-ref.js'
export type { ModelRef } from './model-ref.js'
export type { RegisterOptions, RegisterResult } from './registration.js'
export type { AliasEntry } from './alias-log.js'
export type { AliasMoveOptions, RollbackOptions } from './alias-moves.js'
export type { VerifyReport, VerifyProblem } from './integrity-check.js'
export type { GcOptions, GcReport } from './garbage-collection.js'
export { DEFAULT_GC_GRACE_PERIOD_MS } from './garbage-collection.js'
export type { RecordRef, PutRecordOptions } from './immutable-records.js'
export { canonicalJson, recordSha256 } from './immutable-records.js'
export type { RegistryEvent } from './registry-events.js'
export type { DownloadResult } from './version-download.js'
export type { VersionPredictions } from './version-predictions.js'
export type { CheckoutOptions, CheckoutResult } from './model-checkout.js'
export { digestFile, digestStream, sha256Hex } from './sha256-stream.js'
export type { ContentDigest } from './sha256-stream.js'
export { manifestSha256 } from './manifest.js'
export { layout, assertModelName, assertAliasName } from './layout.js'
export { runRegistryCli } from './cli.js'
export type { RegistryCliIo } from './cli.js'
