import { symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { crc32, deflateSync, gzipSync } from 'node:zlib'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { importCsv } from '../../../src/main/services/datasets/csv/csv-importer'
import { importImageSource } from '../../../src/main/services/datasets/image-source'
import { overrideLimit } from '../../../src/shared/limits'
import { makeTempFolder, removeFolder, solid, writeBytes, writeImage } from './images/fixtures'
import { englishText } from '../../../src/shared/messages'
import { fileAndReason } from './images/folder-import-support'

/** A PNG chunk: length, type, data, CRC over type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A valid black PNG of `side`² pixels at one bit per pixel: 16,000² pixels in about 32 KB, which
 * a decoder expands to 256 million pixels (768 MB as RGB).
 */
function pngBomb(side: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(side, 0)
  header.writeUInt32BE(side, 4)
  header[8] = 1 // bit depth
  header[9] = 0 // gray
  const row = Math.ceil(side / 8) + 1 // the filter byte, then the bits
  const rows = deflateSync(Buffer.alloc(row * side), { level: 9 })
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', rows),
    chunk('IEND', Buffer.alloc(0))
  ])
}

/** An IDX file: magic, sizes (big-endian), then the bytes. */
function idx(magic: number, sizes: number[], body: Buffer): Buffer {
  const header = Buffer.alloc(4 + 4 * sizes.length)
  header.writeUInt32BE(magic)
  sizes.forEach((size, index) => header.writeUInt32BE(size, 4 + 4 * index))
  return Buffer.concat([header, body])
}

describe('imports bounded before memory is spent', () => {
  let folder: string
  beforeAll(async () => {
    folder = await makeTempFolder()
  })
  afterAll(() => removeFolder(folder))
  afterEach(() => {
    overrideLimit('unzippedBytes', null)
    overrideLimit('importValues', null)
  })

  it('a gzipped IDX file that inflates past the limit is refused as it unzips', async () => {
    overrideLimit('unzippedBytes', 8 * 1024 * 1024)
    const count = 25_000 // 25,000 images of 28×28: 19.6 MB unzipped
    const images = join(folder, 'bomb-images-idx3-ubyte.gz')
    const zipped = gzipSync(idx(0x803, [count, 28, 28], Buffer.alloc(count * 784)), { level: 9 })
    expect(zipped.length).toBeLessThan(64 * 1024)
    writeFileSync(images, zipped)
    writeFileSync(join(folder, 'bomb-labels-idx1-ubyte'), idx(0x801, [count], Buffer.alloc(count)))
    await expect(importImageSource(images, {}, {})).rejects.toThrow(
      `${images}: unzips to over the lab's limit of 8 MiB unzipped per file (set BACKPROP_LAB_MAX_UNZIPPED_BYTES to raise it)`
    )
  })

  it('PNGs of 16,000² pixels are left out by their header, and the rest imports', async () => {
    const images = join(folder, 'bombs')
    const bomb = pngBomb(16_000)
    expect(bomb.length).toBeLessThan(600 * 1024)
    await writeBytes(join(images, 'a', 'bomb-1.png'), bomb)
    await writeBytes(join(images, 'a', 'bomb-2.png'), bomb)
    for (const [name, color] of [
      ['a/ok.png', [10]],
      ['b/ok-1.png', [200]],
      ['b/ok-2.png', [250]]
    ] as const)
      await writeImage(join(images, name), solid(4, 4, [...color]))
    const dataset = await importImageSource(images, {}, {})
    expect(dataset.rows).toBe(3)
    expect(dataset.inputShape).toEqual([4, 4, 1])
    const reason =
      "16000×16000 is 256000000 pixels, over the lab's limit of 100,000,000 pixels per image (set BACKPROP_LAB_MAX_IMAGE_PIXELS to raise it)"
    expect(dataset.skipped.map(fileAndReason)).toEqual([
      { file: 'a/bomb-1.png', reason },
      { file: 'a/bomb-2.png', reason }
    ])
  })

  it('a link to /dev/zero named like an image is left out, not read forever', async () => {
    const images = join(folder, 'links')
    for (const name of ['a/ok.png', 'b/ok.png'])
      await writeImage(join(images, name), solid(2, 2, [1]))
    symlinkSync('/dev/zero', join(images, 'a', 'zero.png'))
    const dataset = await importImageSource(images, {}, {})
    expect(dataset.rows).toBe(2)
    expect(dataset.skipped.map(fileAndReason)).toEqual([
      {
        file: 'a/zero.png',
        reason: 'cannot read (not a regular file (a device, FIFO or socket), so not an image file)'
      }
    ])
  })

  it('an import whose rows would hold too many values is refused before decoding', async () => {
    const images = join(folder, 'many')
    for (let index = 0; index < 11; index++)
      await writeImage(join(images, index < 6 ? 'a' : 'b', `${index}.png`), solid(2, 2, [9, 9, 9]))
    await expect(
      importImageSource(images, { imageSize: { width: 4096, height: 4096 } }, {})
    ).rejects.toThrow(
      `${images}: 11 images of 50331648 values each make 553648128 values, over the lab's limit of 536,870,912 pixel values per import (choose a smaller --image-size, or --grayscale)`
    )
  })

  it('a CSV label column of 200,000 classes is refused at once (it took 72 s)', async () => {
    const csv = join(folder, 'ids.csv')
    const rows = Array.from({ length: 200_000 }, (_, index) => `${index % 7},id-${index}`)
    writeFileSync(csv, `x,label\n${rows.join('\n')}\n`)
    await expect(importCsv(csv)).rejects.toThrow(
      `${csv}: the label column "label" has 200000 different values, over the lab's limit of 10,000 classes per label column (is it an id column? name the label with --label-column, or give --targets for numbers to predict)`
    )
  })
})

describe('CSV text encodings', () => {
  let folder: string
  const text =
    'sepal,petal,species\n5.1,1.4,sétosa\n7.0,4.7,versicolor\n6.3,6.0,virginica\n4.9,1.4,sétosa\n'
  beforeAll(async () => {
    folder = await makeTempFolder()
  })
  afterAll(() => removeFolder(folder))

  const utf16be = (value: string) => Buffer.from(value, 'utf16le').swap16()

  it.each([
    ['UTF-8', Buffer.from(text), null],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), null],
    [
      'UTF-16LE with a BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'the file is UTF-16 text (little-endian); it was read as such'
    ],
    [
      'UTF-16BE with a BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]),
      'the file is UTF-16 text (big-endian); it was read as such'
    ],
    [
      'UTF-16BE without a BOM',
      utf16be(text),
      'the file is UTF-16 text (big-endian); it was read as such'
    ],
    [
      'Latin-1',
      Buffer.from(text, 'latin1'),
      'the file is not UTF-8 text; it was read as Latin-1 (Windows-1252): check that accented names look right'
    ]
  ])('%s: the columns and class names come out right', async (name, bytes, note) => {
    const path = join(folder, `${name}.csv`)
    writeFileSync(path, bytes)
    const dataset = await importCsv(path)
    expect(dataset.featureNames).toEqual(['sepal', 'petal'])
    expect(dataset.classes).toEqual(['sétosa', 'versicolor', 'virginica'])
    expect(dataset.rows).toBe(4)
    if (note) expect(englishText(dataset.notes[0])).toBe(note)
    else expect(dataset.notes.map(englishText).join(' ')).not.toMatch(/UTF|Latin/)
  })

  it('a file that turns out not to be UTF-8 after its first 64 KiB is read again as Latin-1', async () => {
    const path = join(folder, 'late-latin1.csv')
    const filler = '1.0,2.0,plain\n'.repeat(6000)
    writeFileSync(path, Buffer.from(`a,b,label\n${filler}3.0,4.0,sétosa\n`, 'latin1'))
    const dataset = await importCsv(path)
    expect(dataset.classes).toEqual(['plain', 'sétosa'])
    expect(englishText(dataset.notes[0])).toMatch(/read as Latin-1/)
  })
})
