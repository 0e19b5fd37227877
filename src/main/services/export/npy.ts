import { zipSync, type Zippable } from 'fflate'

/** A dense array for NumPy: little-endian float64 or float32, C (row-major) order. */
export interface NpyArray {
  shape: number[]
  data: Float64Array | Float32Array
}

/** The data after an .npy header starts at a multiple of 64 bytes, as NumPy writes it. */
const HEADER_ALIGNMENT = 64
const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59] // "\x93NUMPY"
/** Fixed zip timestamp, so that exporting the same model twice gives identical files. */
const ZIP_TIME = new Date(1980, 0, 1)

/** A float64 NpyArray from nested rows ([rows][cols]) or a flat list ([length]). */
export function float64Array(values: readonly number[] | readonly (readonly number[])[]): NpyArray {
  if (values.length > 0 && Array.isArray(values[0])) {
    const rows = values as readonly (readonly number[])[]
    const cols = rows[0].length
    return { shape: [rows.length, cols], data: Float64Array.from(rows.flat()) }
  }
  return { shape: [values.length], data: Float64Array.from(values as readonly number[]) }
}

/** A 0-dimensional float64 NpyArray (a scalar). */
export function float64Scalar(value: number): NpyArray {
  return { shape: [], data: Float64Array.of(value) }
}

/**
 * One .npy file (format version 1.0): the magic string, the version, a little-endian uint16
 * header length, a Python-dict header padded with spaces to the alignment and ended by a
 * newline, then the raw little-endian values.
 */
export function encodeNpy(array: NpyArray): Uint8Array {
  const count = array.shape.reduce((product, size) => product * size, 1)
  if (count !== array.data.length) {
    throw new Error(
      `npy: shape [${array.shape.join(', ')}] needs ${count} values, got ${array.data.length}`
    )
  }
  const isDouble = array.data instanceof Float64Array
  const shape = array.shape.length === 1 ? `(${array.shape[0]},)` : `(${array.shape.join(', ')})`
  const dictionary = `{'descr': '<f${isDouble ? 8 : 4}', 'fortran_order': False, 'shape': ${shape}, }`
  const preamble = MAGIC.length + 2 + 2
  const padded = Math.ceil((preamble + dictionary.length + 1) / HEADER_ALIGNMENT) * HEADER_ALIGNMENT
  const header = dictionary.padEnd(padded - preamble - 1, ' ') + '\n'

  const bytesPerValue = isDouble ? 8 : 4
  const bytes = new Uint8Array(padded + count * bytesPerValue)
  const view = new DataView(bytes.buffer)
  bytes.set(MAGIC, 0)
  bytes[6] = 1 // major version
  bytes[7] = 0 // minor version
  view.setUint16(8, header.length, true)
  for (let i = 0; i < header.length; i++) bytes[preamble + i] = header.charCodeAt(i)
  for (let i = 0; i < count; i++) {
    const offset = padded + i * bytesPerValue
    if (isDouble) view.setFloat64(offset, array.data[i], true)
    else view.setFloat32(offset, array.data[i], true)
  }
  return bytes
}

/**
 * An .npz file, as `numpy.load` reads it: a zip archive with one `<name>.npy` per array. `compress`
 * deflates the members (worth it for weights, not for large float32 data).
 */
export function encodeNpz(arrays: Record<string, NpyArray>, compress = true): Uint8Array {
  const members: Zippable = {}
  for (const [name, array] of Object.entries(arrays)) members[`${name}.npy`] = encodeNpy(array)
  return zipSync(members, { level: compress ? 6 : 0, mtime: ZIP_TIME })
}
