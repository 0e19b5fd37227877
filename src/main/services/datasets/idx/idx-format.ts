import { userError } from '../../../../shared/errors'
import type { IdxKind } from '../../../../shared/message-tables/image-refusals'

/**
 * The IDX format of MNIST and Fashion-MNIST (big-endian): a 4-byte magic number (two zero
 * bytes, the element type 0x08 = unsigned byte, the number of dimensions), one int32 per
 * dimension, then the elements. Images files have 3 dimensions (count, rows, columns), labels
 * files 1 (count). Parsing checks the sizes exactly, so a truncated or padded file is refused.
 */

/** Unsigned bytes in 3 dimensions: an images file. */
export const IDX_IMAGES_MAGIC = 0x00000803
/** Unsigned bytes in 1 dimension: a labels file. */
export const IDX_LABELS_MAGIC = 0x00000801

/** The images of one IDX file: `count` images of `rows × columns` bytes, back to back. */
export interface IdxImages {
  count: number
  rows: number
  columns: number
  pixels: Uint8Array
}

const hex = (value: number): string => `0x${value.toString(16).padStart(8, '0')}`

/** Reads the header and checks the magic number and the size; `path` is only for messages. */
function readHeader(
  content: Uint8Array,
  path: string,
  magic: number,
  dimensions: number,
  kind: IdxKind
): number[] {
  const headerSize = 4 + 4 * dimensions
  const view = new DataView(content.buffer, content.byteOffset, content.byteLength)
  if (content.length < 4) {
    throw userError('idx.tooShort', { file: path, kind, bytes: content.length })
  }
  const found = view.getUint32(0)
  if (found !== magic) {
    throw userError('idx.wrongMagic', { file: path, kind, found: hex(found), expected: hex(magic) })
  }
  if (content.length < headerSize) {
    throw userError('idx.truncatedHeader', {
      file: path,
      bytes: content.length,
      header: headerSize
    })
  }
  return Array.from({ length: dimensions }, (_, index) => view.getUint32(4 + 4 * index))
}

/** What a header announces: `count` labels, or `count` images of `rows × columns`. */
type Announced =
  | { kind: 'labels'; count: number }
  | { kind: 'images'; count: number; rows: number; columns: number }

/** Checks that `content` holds exactly `elements` bytes after its header. */
function checkLength(
  content: Uint8Array,
  path: string,
  headerSize: number,
  elements: number,
  what: Announced
): void {
  const expected = headerSize + elements
  if (content.length < expected) {
    throw userError('idx.truncated', { file: path, ...what, expected, bytes: content.length })
  }
  if (content.length > expected) {
    throw userError('idx.extraBytes', { file: path, ...what, extra: content.length - expected })
  }
}

/** Parses an (already unzipped) IDX images file. */
export function parseIdxImages(content: Uint8Array, path: string): IdxImages {
  const [count, rows, columns] = readHeader(content, path, IDX_IMAGES_MAGIC, 3, 'images')
  if (count === 0 || rows === 0 || columns === 0) {
    throw userError('idx.noImages', { file: path, count, rows, columns })
  }
  checkLength(content, path, 16, count * rows * columns, { kind: 'images', count, rows, columns })
  return { count, rows, columns, pixels: content.subarray(16) }
}

/** Parses an (already unzipped) IDX labels file: one byte per image. */
export function parseIdxLabels(content: Uint8Array, path: string): Uint8Array {
  const [count] = readHeader(content, path, IDX_LABELS_MAGIC, 1, 'labels')
  checkLength(content, path, 8, count, { kind: 'labels', count })
  return content.subarray(8)
}
