import type { ArtifactUploader } from './compare-body.js'

/**
 * @actions/artifact behind the upload seam. The artifact service exists only inside a workflow run;
 * elsewhere the upload is skipped. The client is loaded on first use, so a run that uploads nothing
 * does not pay for loading it.
 */
export const actionsArtifactUploader: ArtifactUploader = async ({ name, files, rootDirectory }) => {
  if (!process.env.ACTIONS_RUNTIME_TOKEN) return undefined
  const { default: artifactClient } = await import('@actions/artifact')
  const uploaded = await artifactClient.uploadArtifact(name, [...files], rootDirectory, {
    retentionDays: 90
  })
  return uploaded.id === undefined ? {} : { id: uploaded.id }
}
