import type { ActionBody } from '@ml-actions/action-kit'
import type { jsonToMd } from './definition.js'

type Def = typeof jsonToMd
export const renderResults: ActionBody<Def['inputs'], Def['outputs'][number]> = async (inputs) => {
  const markdown = `# ${inputs.title}\n\n${inputs.files.join(', ')}\n`
  return { outputs: { markdown }, report: markdown }
}
