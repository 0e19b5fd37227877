import { readFileSync } from 'node:fs'

/*
 * A stored dataset's arrays on disk, read by the training worker and the services alike (both
 * import from here: the worker never imports services).
 */

/** Where a stored dataset's arrays live (read directly by the training worker). */
export interface DatasetPaths {
  /** Float32 [rows × features], little-endian. */
  features: string
  /** Int32 class index per row, when the dataset has classes. */
  labels: string | null
  /** Float32 [rows × targets], for regression. */
  targets: string | null
  /** JSON: `{ rowSources }` or `{ rowLines }`. */
  rows: string
  /** JSON `{ testFrom }`: rows from there on are the source's own test set; null when none. */
  split: string | null
}

/** The first row of a stored dataset's own test set, or null when it has none. */
export function readTestFrom(paths: Pick<DatasetPaths, 'split'>): number | null {
  if (!paths.split) return null
  const { testFrom } = JSON.parse(readFileSync(paths.split, 'utf8')) as { testFrom?: unknown }
  return typeof testFrom === 'number' && Number.isInteger(testFrom) ? testFrom : null
}

/** Reads a little-endian Float32 file into an aligned array. */
export function readFloat32(file: string): Float32Array {
  const bytes = readFileSync(file)
  const copy = new Uint8Array(bytes.byteLength)
  copy.set(bytes)
  return new Float32Array(copy.buffer)
}

/** Reads a little-endian Int32 file into an aligned array. */
export function readInt32(file: string): Int32Array {
  const bytes = readFileSync(file)
  const copy = new Uint8Array(bytes.byteLength)
  copy.set(bytes)
  return new Int32Array(copy.buffer)
}
