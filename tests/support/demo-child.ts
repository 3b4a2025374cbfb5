// `ml-actions demo` from the TypeScript sources in a process of its own (onnxruntime's native
// binding checks typed arrays against its own realm, which jest's module sandbox is not):
// `node --import scripts/ts-loader.mjs tests/support/demo-child.ts --dir DIR`.
import { runDemo } from '../../src/cli/demo.js'

process.exitCode = await runDemo(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd()
})
