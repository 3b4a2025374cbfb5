#!/usr/bin/env node
// The CLI runs the same code as the actions: the committed bundle in dist/cli.
await import('../dist/cli/index.js')
