// `node --import ./scripts/ts-loader.mjs script.mjs`: lets a script (a benchmark, gen-docs) import the TypeScript
// sources of the workspace directly (swc strips the types), the way jest and ncc see them.
import { register } from 'node:module'

register('./ts-loader-hooks.mjs', import.meta.url)
