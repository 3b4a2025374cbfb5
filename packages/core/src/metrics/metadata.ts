import type { MetricsMetadata } from './model.js'

type MetadataField = 'model' | 'version' | 'gitSha' | 'runId' | 'timestamp' | 'datasetDigest'

// Names are compared lower-cased with dashes read as underscores.
const ALIASES: Readonly<Record<MetadataField, readonly string[]>> = {
  model: ['model', 'model_name', 'modelname', 'model_id', 'model.name'],
  version: ['version', 'model_version', 'model.version'],
  gitSha: [
    'git_sha',
    'git_commit',
    'commit',
    'commit_sha',
    'sha',
    'git.sha',
    'git.commit',
    'mlflow.source.git.commit'
  ],
  runId: ['run_id', 'runid', 'run.id'],
  timestamp: ['timestamp', 'created_at', 'date', 'datetime'],
  datasetDigest: [
    'dataset_digest',
    'dataset_hash',
    'data_digest',
    'data_hash',
    'dataset.digest',
    'dataset.hash',
    'dataset.md5',
    'dataset.sha256'
  ]
}
// Metadata is looked for at the top level and in the usual wrapper objects.
const CONTAINERS = ['', 'metadata.', 'meta.', 'info.']

const FIELD_BY_NAME: ReadonlyMap<string, MetadataField> = new Map(
  (Object.entries(ALIASES) as Array<[MetadataField, readonly string[]]>).flatMap(
    ([field, aliases]) =>
      CONTAINERS.flatMap((container) => aliases.map((alias) => [container + alias, field] as const))
  )
)

function normalize(name: string): string {
  return name.toLowerCase().replaceAll('-', '_')
}

/** Whether a flattened name holds run metadata; such values are labels even when numeric. */
export function isMetadataName(name: string): boolean {
  return FIELD_BY_NAME.has(normalize(name))
}

/** Picks model, version, git sha, run id, timestamp and dataset digest out of the labels. */
export function extractMetadata(labels: Readonly<Record<string, string>>): MetricsMetadata {
  const metadata: MetricsMetadata = {}
  for (const [name, value] of Object.entries(labels)) {
    const field = FIELD_BY_NAME.get(normalize(name))
    if (field !== undefined && metadata[field] === undefined) metadata[field] = value
  }
  return metadata
}
