import artifactClient from '@actions/artifact'
import { runAction } from '@ml-actions/action-kit/runner'
import { createCompareMetrics, type ArtifactUploader } from './compare-body.js'
import { compareMetricsAction } from './definition.js'

/** The artifact service exists only inside a workflow run; elsewhere the upload is skipped. */
const uploadArtifact: ArtifactUploader = async ({ name, files, rootDirectory }) => {
  if (!process.env.ACTIONS_RUNTIME_TOKEN) return undefined
  const uploaded = await artifactClient.uploadArtifact(name, [...files], rootDirectory, {
    retentionDays: 90
  })
  return uploaded.id === undefined ? {} : { id: uploaded.id }
}

export const run = (): Promise<void> =>
  runAction(compareMetricsAction, createCompareMetrics({ uploadArtifact }))
