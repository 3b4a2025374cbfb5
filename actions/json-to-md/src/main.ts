import { runAction } from '@ml-actions/action-kit/runner'
import { jsonToMd } from './definition.js'
import { renderResults } from './render-results.js'

export const run = (): Promise<void> => runAction(jsonToMd, renderResults)
