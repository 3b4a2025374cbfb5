// Archive and array formats read from bytes in memory, for every caller: the .npz references of
// onnx-export-verify and the run artifacts compare-metrics downloads are both zip files, and the
// .npy header is read once for compare-metrics' predictions and onnx-export-verify's references.
export { readZipEntries } from './zip-entries.js'
export type { ZipEntry } from './zip-entries.js'
export { readNpyHeader } from './npy-header.js'
export type { NpyHeader } from './npy-header.js'
