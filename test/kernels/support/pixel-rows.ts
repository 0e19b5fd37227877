import { byteConversion, type ByteRows } from '../../../src/main/engine/data-rows'
import type { Kernels } from '../../../src/main/engine/tensor/kernels'

/**
 * `rows` × `cols` pixel bytes in the kernels' memory, byte i being `byteAt(i)`, converted as
 * b / 255 (offset 0, so a zero byte is a zero input and the sparse path may list the batch), and
 * the row order 0 … rows − 1 for a gather.
 */
export function pixelRows(
  kernels: Kernels,
  rows: number,
  cols: number,
  byteAt: (i: number) => number
): { source: ByteRows; order: Int32Array } {
  const bytes = kernels.bytes(rows * cols)
  bytes.forEach((_, i) => (bytes[i] = byteAt(i)))
  const conversion = byteConversion(null, cols)
  const [scale, offset] = [kernels.vector(cols), kernels.vector(cols)]
  scale.set(conversion.scale)
  offset.set(conversion.offset)
  const order = kernels.rowIndices(rows)
  order.forEach((_, i) => (order[i] = i))
  return { source: { rows, cols, bytes, scale, offset }, order }
}
