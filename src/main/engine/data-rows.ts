import type { Preprocessing } from '../../shared/model/preprocessing'
import type { FloatArray, Matrix } from './tensor/matrix'

/**
 * A dataset's stored values, one sample per row: text sources keep their parsed numbers in
 * Float64, images and IDX keep their pixel bytes (a byte b stands for the value b / 255, the
 * pixel scaled to [0, 1]), and stores written before bytes existed hold Float32.
 */
export type StoredValues = Float64Array | Float32Array | Uint8Array

/** The value a stored byte stands for: b / 255 (CONTRACTS.md: pixel values scaled to [0, 1]). */
export const BYTE_VALUE_SCALE = 1 / 255

/** BYTE_VALUES[b] = b / 255 in Float64, one lookup per byte. */
export const BYTE_VALUES = Float64Array.from({ length: 256 }, (_, byte) => byte / 255)

/**
 * Pixel rows as the first layer reads them: the bytes themselves, never a float copy of the whole
 * dataset. Where a row enters the first layer each byte b becomes
 *   x[j] = b · scale[j] + offset[j]
 * which is the stored value b / 255 with the run's preprocessing folded in (see byteConversion).
 * All three arrays live in the kernels' memory.
 */
export interface ByteRows {
  rows: number
  cols: number
  /** [rows × cols] bytes, row-major. */
  bytes: Uint8Array
  scale: FloatArray
  offset: FloatArray
}

/** What the first layer reads a dataset from: float rows (already preprocessed) or pixel bytes. */
export type InputRows = Matrix | ByteRows

export function isByteRows(rows: InputRows): rows is ByteRows {
  return 'bytes' in rows
}

/**
 * Per-column scale and offset that turn a byte b into the preprocessed value of b / 255:
 *   none:        x = b / 255
 *   scale f:     x = (b / 255) · f
 *   standardize: x = (b / 255 − mean) / std
 *   minmax:      x = (b / 255 − min) / (max − min), 0 where max = min
 */
export function byteConversion(
  preprocessing: Preprocessing | null | undefined,
  cols: number
): { scale: Float64Array; offset: Float64Array } {
  const scale = new Float64Array(cols).fill(BYTE_VALUE_SCALE)
  const offset = new Float64Array(cols)
  if (!preprocessing) return { scale, offset }
  for (let j = 0; j < cols; j++) {
    switch (preprocessing.kind) {
      case 'scale':
        scale[j] = BYTE_VALUE_SCALE * preprocessing.factor
        break
      case 'standardize':
        scale[j] = BYTE_VALUE_SCALE / preprocessing.std[j]
        offset[j] = -preprocessing.mean[j] / preprocessing.std[j]
        break
      case 'minmax': {
        const range = preprocessing.max[j] - preprocessing.min[j]
        scale[j] = range === 0 ? 0 : BYTE_VALUE_SCALE / range
        offset[j] = range === 0 ? 0 : -preprocessing.min[j] / range
        break
      }
    }
  }
  return { scale, offset }
}

/**
 * Rows first … first + count − 1 of stored values as Float64 numbers (bytes as b / 255), into
 * `out` (count × cols). Reading a block at a time keeps one loop per array type.
 */
export function readStoredRows(
  values: StoredValues,
  cols: number,
  first: number,
  count: number,
  out: Float64Array
): Float64Array {
  const start = first * cols
  const length = count * cols
  if (values instanceof Uint8Array) {
    for (let i = 0; i < length; i++) out[i] = BYTE_VALUES[values[start + i]]
  } else {
    out.set(values.subarray(start, start + length))
  }
  return out
}

/** One stored row as numbers (bytes as b / 255). */
export function storedRow(values: StoredValues, cols: number, row: number): number[] {
  return Array.from(readStoredRows(values, cols, row, 1, new Float64Array(cols)))
}

/** Refuses a gather whose shapes do not fit (the WASM kernels trust their arguments). */
export function checkGather(
  source: ByteRows,
  rowIndices: Int32Array,
  count: number,
  target: Matrix
): void {
  const fits =
    source.cols === target.cols &&
    count <= target.rows &&
    count <= rowIndices.length &&
    source.scale.length >= source.cols &&
    source.offset.length >= source.cols
  if (!fits) {
    throw new Error(
      `gatherBytes: ${count} rows of ${source.cols} bytes into ${target.rows}×${target.cols} (${rowIndices.length} indices)`
    )
  }
}
