import { readNpy } from './npy-reader.js'
import type { NdArray } from './nd-array.js'
import { readZipEntries } from '@ml-actions/core/archive'

/** A NumPy `.npz` archive (np.savez / savez_compressed) as arrays keyed by name. */
export function readNpz(bytes: Uint8Array, source: string): Map<string, NdArray> {
  const arrays = new Map<string, NdArray>()
  for (const entry of readZipEntries(bytes, source)) {
    const key = entry.name.endsWith('.npy') ? entry.name.slice(0, -4) : entry.name
    arrays.set(key, readNpy(entry.data, `${source}:${entry.name}`))
  }
  return arrays
}
