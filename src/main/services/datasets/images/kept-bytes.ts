import { openRegularFile, readFailure } from '../../file-reading'

/**
 * Memory for an image-folder import's file bytes. A file read on its own becomes a small Buffer
 * cut from a shared 8 KB slab or a fresh allocation, garbage after its pass; 70,000 of them
 * (Fashion-MNIST as PNGs) pile up hundreds of megabytes before the collector sees them. Here
 * files are read into a few reused buffers, and the bytes kept between the two passes are
 * packed into large blocks, up to a budget.
 */

const BLOCK_BYTES = 16 * 1024 * 1024
/** What file-reading.ts's messages call the files read here. */
const IMAGE_FILE = 'image'

/** Copies of files' bytes packed into 16 MB blocks, up to a budget. */
export class KeptBytes {
  private block = new Uint8Array(0)
  private used = 0
  private total = 0

  constructor(private readonly budget: number) {}

  /** A copy of `bytes` kept in a block, or null once the budget is spent. */
  keep(bytes: Uint8Array): Uint8Array | null {
    if (this.total + bytes.length > this.budget) return null
    this.total += bytes.length
    if (bytes.length > BLOCK_BYTES / 4) return bytes.slice()
    if (this.used + bytes.length > this.block.length) {
      this.block = new Uint8Array(BLOCK_BYTES)
      this.used = 0
    }
    const kept = this.block.subarray(this.used, this.used + bytes.length)
    kept.set(bytes)
    this.used += bytes.length
    return kept
  }
}

/** Reads files into reused buffers: one per read under way, grown to the largest file. */
export class FileReads {
  private readonly free: Uint8Array[] = []

  /**
   * Calls `use` with the whole file's bytes, which are only valid until `use`'s promise settles
   * (copy what must outlive it).
   */
  async withFile<T>(path: string, use: (bytes: Uint8Array) => Promise<T> | T): Promise<T> {
    let buffer = this.free.pop() ?? new Uint8Array(64 * 1024)
    try {
      // Only a regular file within the image-file limit (file-reading.ts), checked before reading.
      const { handle, size } = await openRegularFile(path, 'imageFileBytes', IMAGE_FILE)
      let length = 0
      try {
        if (size > buffer.length) buffer = new Uint8Array(size)
        // Up to the size fstat gave, as fs.readFile reads a regular file: no further read to
        // meet the end of the file, a thread-pool round trip per file.
        while (length < size) {
          const { bytesRead } = await handle.read(buffer, length, size - length, length)
          if (bytesRead === 0) break
          length += bytesRead
        }
      } catch (error) {
        throw readFailure(path, error, IMAGE_FILE)
      } finally {
        await handle.close()
      }
      return await use(buffer.subarray(0, length))
    } finally {
      this.free.push(buffer)
    }
  }
}
