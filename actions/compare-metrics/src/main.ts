import { runAction } from '@ml-actions/action-kit/runner'
import { actionsArtifactUploader } from './actions-artifact-uploader.js'
import { createCompareMetrics } from './compare-body.js'
import { compareMetricsAction } from './definition.js'

export const run = (): Promise<void> =>
  runAction(compareMetricsAction, createCompareMetrics({ uploadArtifact: actionsArtifactUploader }))
