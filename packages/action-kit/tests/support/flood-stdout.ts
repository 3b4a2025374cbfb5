// A child for descriptor-writer.test.ts: touches process.stdout first (the stream makes the pipe
// non-blocking, as a library that logs would), then writes LINES numbered lines to fd 1 through the
// writer, alternating with writes through the stream itself; the parent reads only after the
// report below, so the pipe fills (64 KiB) long before the 2 MB are written.
// It reports on stderr how many writes the full pipe refused (EAGAIN), so the test knows the
// fallback ran.
import { writeSync } from 'node:fs'
import { descriptorWriter } from '../../src/descriptor-writer.js'

const lines = Number(process.argv[2])
const stream = process.stdout
let refused = 0
const write = descriptorWriter(
  1,
  () => stream,
  (fd, buffer, offset) => {
    try {
      return writeSync(fd, buffer, offset)
    } catch (thrown) {
      if ((thrown as NodeJS.ErrnoException).code === 'EAGAIN') refused++
      throw thrown
    }
  }
)
const padding = 'x'.repeat(1000)
for (let i = 0; i < lines; i++) {
  const line = `${i} ${padding}\n`
  if (i % 10 === 9) stream.write(line)
  else write(line)
}
process.stderr.write(`refused ${refused}\n`)
