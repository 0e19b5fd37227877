/**
 * Reads an image's size and colour model from the first bytes of its file, without decoding the
 * pixels. The image-folder importer needs every image's size before it decodes any of them (to
 * pick the size most share), and asking sharp for metadata costs about as much as a third of a
 * full decode of a small image; these few byte reads cost next to nothing.
 */

/** What an image file's header says. */
export interface ImageHeader {
  /** `other`: a format sharp reads that this parser does not know (TIFF, AVIF). */
  format: 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp' | 'other'
  width: number
  height: number
  /** True when the file stores gray pixels only (gray PNG, one-component JPEG). */
  grayscale: boolean
}

/** The header of a PNG, JPEG, GIF, WebP or BMP file, or null when it is none of these. */
export function readImageHeader(bytes: Uint8Array): ImageHeader | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const header =
    readPngHeader(bytes, view) ??
    readJpegHeader(bytes, view) ??
    readGifHeader(bytes, view) ??
    readWebpHeader(bytes, view) ??
    readBmpHeader(bytes, view)
  return header && header.width > 0 && header.height > 0 ? header : null
}

function startsWith(bytes: Uint8Array, text: string, offset = 0): boolean {
  if (bytes.length < offset + text.length) return false
  for (let i = 0; i < text.length; i++) if (bytes[offset + i] !== text.charCodeAt(i)) return false
  return true
}

function readPngHeader(bytes: Uint8Array, view: DataView): ImageHeader | null {
  if (
    !startsWith(bytes, '\x89PNG\r\n\x1a\n') ||
    !startsWith(bytes, 'IHDR', 12) ||
    bytes.length < 26
  ) {
    return null
  }
  // Colour types 0 (gray) and 4 (gray + alpha) hold no colour.
  const colorType = bytes[25]
  const grayscale = colorType === 0 || colorType === 4
  return { format: 'png', width: view.getUint32(16), height: view.getUint32(20), grayscale }
}

/** Start-of-frame markers (SOF0…SOF15) are C0–CF, except C4 (DHT), C8 (JPG) and CC (DAC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
}

function readJpegHeader(bytes: Uint8Array, view: DataView): ImageHeader | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null
  let position = 2
  while (position + 4 <= bytes.length) {
    if (bytes[position] !== 0xff) return null
    const marker = bytes[position + 1]
    if (marker === 0xff) {
      position += 1 // fill byte
    } else if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      position += 2 // markers without a length
    } else if (isStartOfFrame(marker)) {
      if (position + 10 > bytes.length) return null
      const components = bytes[position + 9]
      const height = view.getUint16(position + 5)
      return {
        format: 'jpeg',
        width: view.getUint16(position + 7),
        height,
        grayscale: components === 1
      }
    } else if (marker === 0xda) {
      return null // scan data before any frame header
    } else {
      position += 2 + view.getUint16(position + 2)
    }
  }
  return null
}

function readGifHeader(bytes: Uint8Array, view: DataView): ImageHeader | null {
  if (!(startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) || bytes.length < 10)
    return null
  // The logical screen size, which is the size sharp decodes the first frame to.
  return {
    format: 'gif',
    width: view.getUint16(6, true),
    height: view.getUint16(8, true),
    grayscale: false
  }
}

function readWebpHeader(bytes: Uint8Array, view: DataView): ImageHeader | null {
  if (!startsWith(bytes, 'RIFF') || !startsWith(bytes, 'WEBP', 8) || bytes.length < 30) return null
  const size = (width: number, height: number): ImageHeader => ({
    format: 'webp',
    width,
    height,
    grayscale: false
  })
  if (startsWith(bytes, 'VP8 ', 12)) {
    return size(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff)
  }
  if (startsWith(bytes, 'VP8L', 12)) {
    const packed = view.getUint32(21, true) // 14 bits width − 1, then 14 bits height − 1
    return size((packed & 0x3fff) + 1, ((packed >>> 14) & 0x3fff) + 1)
  }
  if (startsWith(bytes, 'VP8X', 12)) {
    const width = (view.getUint32(24, true) & 0xffffff) + 1
    return size(width, (view.getUint32(27, true) & 0xffffff) + 1)
  }
  return null
}

function readBmpHeader(bytes: Uint8Array, view: DataView): ImageHeader | null {
  if (!startsWith(bytes, 'BM') || bytes.length < 26) return null
  const infoSize = view.getUint32(14, true)
  if (infoSize === 12) {
    return {
      format: 'bmp',
      width: view.getUint16(18, true),
      height: view.getUint16(20, true),
      grayscale: false
    }
  }
  // A negative height marks a top-down bitmap.
  const height = Math.abs(view.getInt32(22, true))
  return { format: 'bmp', width: view.getInt32(18, true), height, grayscale: false }
}
