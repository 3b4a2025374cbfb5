// Lets a child process run the TypeScript sources (as jest does, through swc), so a test can SIGKILL
// real registry code in a process of its own: `node --import ./ts-loader.mjs child.ts`.
import { register } from 'node:module'

register('./ts-loader-hooks.mjs', import.meta.url)
