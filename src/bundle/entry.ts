/**
 * The one bundle every step starts from. Each `dist/<name>/index.js` is a two-line script that calls
 * `start(name)`; the code of each action, the root action and the CLI is reached through a dynamic import,
 * so webpack gives each its own chunks and puts what they share (the library, Octokit, the AWS SDK …)
 * in chunks they all load, instead of seven bundles each carrying a copy.
 */
const starters: Record<string, () => Promise<void>> = {
  'compare-metrics': async () => (await import('../../actions/compare-metrics/src/main.js')).run(),
  'deploy-gate': async () => (await import('../../actions/deploy-gate/src/main.js')).run(),
  'json-to-md': async () => (await import('../../actions/json-to-md/src/main.js')).run(),
  'onnx-export-verify': async () =>
    (await import('../../actions/onnx-export-verify/src/main.js')).run(),
  'train-evaluate': async () => (await import('../../actions/train-evaluate/src/main.js')).run(),
  pipeline: async () => (await import('../pipeline/main.js')).run(),
  cli: async () => {
    const { main } = await import('../cli/main.js')
    process.exitCode = await main(process.argv.slice(2))
  }
}

export function start(name: string): Promise<void> {
  const starter = starters[name]
  if (!starter) throw new Error(`ml-actions: no entry named ${name}`)
  return starter()
}
