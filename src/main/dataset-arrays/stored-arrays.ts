import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs'
import type { StoredValues } from '../engine/data-rows'

/**
 * A stored dataset's arrays on disk, read by the training worker and the services alike (both
 * import from here: the worker never imports services): raw little-endian values, row-major, the element type in the
 * file's extension. Feature values are kept as exactly as their source gives them: pixel bytes
 * (`.u8`, a byte b standing for b / 255) for images and IDX, Float64 (`.f64`) for numbers parsed
 * from text; stores written before these existed hold Float32 (`.f32`), which is still read.
 */

/** Where a stored dataset's arrays live (read directly by the training worker). */
export interface DatasetPaths {
  /** [rows × features]: `features.u8` (pixel bytes), `features.f64`, or `features.f32` (older). */
  features: string
  /** Int32 class index per row, when the dataset has classes. */
  labels: string | null
  /** [rows × targets], for regression: `targets.f64`, or `targets.f32` (older). */
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

/** Extensions of stored value files, newest first, and the array each holds. */
const VALUE_TYPES = {
  u8: Uint8Array,
  f64: Float64Array,
  f32: Float32Array
} as const

export type StoredType = keyof typeof VALUE_TYPES

/** The extension for an array of stored values. */
export function storedTypeOf(values: StoredValues): StoredType {
  if (values instanceof Uint8Array) return 'u8'
  return values instanceof Float64Array ? 'f64' : 'f32'
}

/**
 * The file `<stem>.<type>` in `folder` that exists, trying each stored type, or null.
 * (`stem` is `features` or `targets`.)
 */
export function findStoredFile(folder: string, stem: string): string | null {
  for (const type of Object.keys(VALUE_TYPES)) {
    const file = `${folder}/${stem}.${type}`
    if (existsSync(file)) return file
  }
  return null
}

/** The element type of a stored value file, from its extension. */
export function storedTypeOfFile(file: string): StoredType {
  const type = /\.(\w+)$/.exec(file)?.[1]
  if (type === undefined || !(type in VALUE_TYPES)) {
    throw new Error(`${file}: not a stored value file (.u8, .f64 or .f32)`)
  }
  return type as StoredType
}

/** Bytes per value of a stored value file. */
export function bytesPerValue(file: string): number {
  return VALUE_TYPES[storedTypeOfFile(file)].BYTES_PER_ELEMENT
}

/** The bytes of an array, for writing it. */
export function bytesOf(values: StoredValues | Int32Array): Uint8Array {
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength)
}

/** Reads a stored value file into an array of its type. */
export function readStoredValues(file: string): StoredValues {
  return valuesOfFile(file, ownBuffer(readFileSync(file)))
}

/** The values in `buffer` (whole, aligned) as the array type of `file`'s extension. */
export function valuesOfFile(file: string, buffer: ArrayBuffer): StoredValues {
  return new VALUE_TYPES[storedTypeOfFile(file)](buffer)
}

/** Reads a little-endian Int32 file (class labels). */
export function readInt32(file: string): Int32Array {
  return new Int32Array(ownBuffer(readFileSync(file)))
}

/**
 * Reads a `.u8` file straight into an array that `allocate` provides (the kernels' memory), so
 * pixel bytes are held once, never in a second buffer on the way.
 */
export function readStoredBytesInto(
  file: string,
  allocate: (length: number) => Uint8Array
): Uint8Array {
  if (storedTypeOfFile(file) !== 'u8') throw new Error(`${file}: not a byte file (.u8)`)
  const handle = openSync(file, 'r')
  try {
    const target = allocate(fstatSync(handle).size)
    for (let done = 0; done < target.length;) {
      const read = readSync(handle, target, done, target.length - done, done)
      if (read === 0) throw new Error(`${file}: ended after ${done} of ${target.length} bytes`)
      done += read
    }
    return target
  } finally {
    closeSync(handle)
  }
}

/** A buffer holding exactly `bytes` (its own when it is not a slice of a bigger one). */
function ownBuffer(bytes: Buffer): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) {
    return buffer
  }
  const copy = new Uint8Array(byteLength)
  copy.set(bytes)
  return copy.buffer
}
