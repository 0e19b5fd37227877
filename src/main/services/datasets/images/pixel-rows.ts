import { userError } from '../../../../shared/errors'
import { copyPixels, type PixelTraits } from './pixel-values'

/**
 * The pixel bytes of an image-folder import, one row per file in file order. Many "gray"
 * datasets are saved as RGB files whose pixels all have r = g = b, and only decoding shows it;
 * so rows start with one channel and widen to three at the first decoded image with colour
 * (the rows already written, all gray, become r = g = b triples). Memory for a gray dataset is
 * then its one-channel size, not three times it and a compacted copy.
 */
export class PixelRows {
  bytes: Uint8Array
  channels: 1 | 3

  /**
   * `maxChannels` 1 stores every image as one gray channel (luma for colour pixels); 3 lets the
   * rows widen when colour appears.
   */
  constructor(
    private readonly folder: string,
    private readonly rowCount: number,
    private readonly pixelCount: number,
    private readonly maxChannels: 1 | 3
  ) {
    this.channels = 1
    this.bytes = this.allocate(rowCount * pixelCount)
  }

  /** Copies one decoded image (sRGB, 3 or 4 channels per pixel) into row `row`. */
  put(row: number, source: Uint8Array, sourceChannels: 3 | 4): PixelTraits {
    if (this.channels < this.maxChannels && hasColor(source, sourceChannels)) this.widen()
    const offset = row * this.pixelCount * this.channels
    return copyPixels(source, sourceChannels, this.bytes, offset, this.channels)
  }

  /** Three channels from one: each gray byte v becomes (v, v, v). */
  private widen(): void {
    const gray = this.bytes
    const wide = this.allocate(gray.length * 3)
    for (let index = 0; index < gray.length; index++) {
      const value = gray[index]
      wide[3 * index] = value
      wide[3 * index + 1] = value
      wide[3 * index + 2] = value
    }
    this.bytes = wide
    this.channels = 3
  }

  /** One byte array, or a UserError when memory cannot hold it. */
  private allocate(length: number): Uint8Array {
    try {
      return new Uint8Array(length)
    } catch {
      const gigabytes = (length / 2 ** 30).toFixed(1)
      throw userError('images.outOfMemory', {
        folder: this.folder,
        rows: this.rowCount,
        perRow: length / this.rowCount,
        gigabytes
      })
    }
  }
}

/** Whether some pixel of an sRGB image has r ≠ g or g ≠ b. */
function hasColor(source: Uint8Array, channels: 3 | 4): boolean {
  for (let index = 0; index < source.length; index += channels) {
    if (source[index] !== source[index + 1] || source[index + 1] !== source[index + 2]) return true
  }
  return false
}
