import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FileReads, KeptBytes } from '../../../../src/main/services/datasets/images/kept-bytes'

/** `length` bytes counting up from `start` (mod 256), so that stale or shifted bytes show. */
const counting = (length: number, start: number) =>
  Uint8Array.from({ length }, (_, index) => (start + index) % 256)

describe('FileReads: whole files through reused buffers', () => {
  let folder: string
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kept-bytes-'))
  })
  afterAll(() => rm(folder, { recursive: true, force: true }))

  it('gives each file exactly its bytes, small after large in the same buffer', async () => {
    // 100 KB is over the first buffer's 64 KB; the files after it reuse the grown buffer.
    const files = [
      counting(100 * 1024, 1),
      counting(300, 7),
      counting(0, 0),
      counting(64 * 1024, 3)
    ]
    const paths = files.map((_, index) => join(folder, `file-${index}.png`))
    await Promise.all(files.map((bytes, index) => writeFile(paths[index], bytes)))
    const reads = new FileReads()
    for (const [index, path] of paths.entries()) {
      const read = await reads.withFile(path, (bytes) => Uint8Array.from(bytes))
      expect(read).toEqual(files[index])
    }
  })

  it('names the file it cannot read', async () => {
    const missing = join(folder, 'missing.png')
    await expect(new FileReads().withFile(missing, () => null)).rejects.toThrow(missing)
  })
})

describe('KeptBytes: copies up to a budget', () => {
  it('keeps copies until the next one would pass the budget', () => {
    const kept = new KeptBytes(10)
    const first = counting(6, 1)
    const copy = kept.keep(first)
    first.fill(0)
    expect(copy).toEqual(counting(6, 1))
    expect(kept.keep(counting(5, 2))).toBeNull()
    expect(kept.keep(counting(4, 3))).toEqual(counting(4, 3))
  })
})
