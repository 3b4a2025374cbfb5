// Archive formats read from bytes in memory, for every caller: the .npz references of
// onnx-export-verify and the run artifacts compare-metrics downloads are both zip files.
export { readZipEntries } from './zip-entries.js'
export type { ZipEntry } from './zip-entries.js'
