import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importImageFolder } from '../../../../src/main/services/datasets/images/image-folder-importer'
import { bmp24, makeTempFolder, removeFolder, solid, writeBytes, writeImage } from './fixtures'
import { DIRTY, fileAndReason, expectUserError } from './folder-import-support'
import { englishText } from '../../../../src/shared/messages'

let temp: string
beforeAll(async () => {
  temp = await makeTempFolder()
})
afterAll(() => removeFolder(temp))

describe('files that are not images', () => {
  it('passes over hidden files silently and lists other files with the reason', async () => {
    const folder = join(temp, 'mixed')
    await writeImage(join(folder, 'cats/a.png'), solid(2, 2, [10]))
    await writeImage(join(folder, 'dogs/deep/er/b.png'), solid(2, 2, [20]))
    await writeImage(join(folder, 'dogs/.hidden/c.png'), solid(2, 2, [30]))
    await writeImage(join(folder, '.git/objects/d.png'), solid(2, 2, [30]))
    for (const name of ['cats/.DS_Store', 'cats/Thumbs.db', 'dogs/._b.png', 'dogs/desktop.ini']) {
      await writeBytes(join(folder, name), 'x')
    }
    await writeBytes(join(folder, 'cats/notes.txt'), 'hello')
    await writeBytes(join(folder, 'dogs/LICENSE'), 'MIT')
    await writeBytes(join(folder, 'README.md'), '# about')
    await writeImage(join(folder, 'loose.png'), solid(2, 2, [40]))
    await writeBytes(join(folder, 'cats/empty.png'), '')
    await writeBytes(join(folder, 'dogs/fake.jpg'), 'this is text, not a JPEG')
    await cp(`${DIRTY}/coat/00378-corrupt-truncated.png`, join(folder, 'dogs/cut.png'))
    const truncatedGif = sharp(Buffer.from(solid(8, 8, [1, 2, 3]).pixels), {
      raw: { width: 8, height: 8, channels: 3 }
    })
    const gif = await truncatedGif.gif().toBuffer()
    await writeBytes(join(folder, 'cats/cut.gif'), gif.subarray(0, gif.length >> 1))

    const calls: [number, number | null][] = []
    const dataset = await importImageFolder(
      folder,
      {},
      { onProgress: (...call) => calls.push(call) }
    )
    expect(dataset.rowSources).toEqual(['cats/a.png', 'dogs/deep/er/b.png'])
    // Progress counts the 6 image files in class folders, the broken ones too.
    expect(calls.at(-1)).toEqual([6, 6])
    expect(dataset.skipped.map(fileAndReason)).toEqual([
      {
        file: 'README.md',
        reason: 'not in a class folder (put images in one subfolder per class)'
      },
      {
        file: 'cats/cut.gif',
        reason:
          'cannot decode (Input buffer has corrupt header: gifload_buffer: Unexpected end of GIF source data)'
      },
      { file: 'cats/empty.png', reason: 'empty file' },
      { file: 'cats/notes.txt', reason: 'not an image file (.txt)' },
      { file: 'dogs/LICENSE', reason: 'not an image file (no extension)' },
      { file: 'dogs/cut.png', reason: 'cannot decode (vipspng: libpng read error)' },
      {
        file: 'dogs/fake.jpg',
        reason: 'not a readable image (Input buffer contains unsupported image format)'
      },
      { file: 'loose.png', reason: 'not in a class folder (put images in one subfolder per class)' }
    ])
    // Each carries its kind and its message code, for the app to group and translate.
    expect(dataset.skipped.map((item) => [item.kind, item.problem?.code])).toEqual([
      ['other', 'imageFile.outsideClass'],
      ['unreadable-file', 'imageFile.cannotDecode'],
      ['unreadable-file', 'imageFile.empty'],
      ['other', 'imageFile.notImageType'],
      ['other', 'imageFile.notImageType'],
      ['unreadable-file', 'imageFile.cannotDecode'],
      ['unreadable-file', 'imageFile.notImage'],
      ['other', 'imageFile.outsideClass']
    ])
  })

  it('names broken BMP files with the reason', async () => {
    const folder = join(temp, 'bad-bmp')
    const good = bmp24(2, 2, new Array(12).fill(200))
    await writeBytes(join(folder, 'a/good.bmp'), good)
    await writeBytes(join(folder, 'b/good.bmp'), good)
    await writeBytes(join(folder, 'a/short.bmp'), good.subarray(0, good.length - 1))
    const rle = good.slice()
    new DataView(rle.buffer).setUint32(30, 1, true) // compression: RLE8
    await writeBytes(join(folder, 'b/rle.bmp'), rle)
    const dataset = await importImageFolder(folder)
    expect(dataset.rows).toBe(2)
    expect(dataset.skipped.map(fileAndReason)).toEqual([
      { file: 'a/short.bmp', reason: 'cannot decode (truncated BMP pixel data)' },
      {
        file: 'b/rle.bmp',
        reason: 'cannot decode (compressed BMP (compression method 1) is not supported)'
      }
    ])
  })
})

describe('classes', () => {
  it('refuses a folder with one class folder', async () => {
    const folder = join(temp, 'photos')
    await writeImage(join(folder, 'apple/1.png'), solid(2, 2, [1]))
    await expectUserError(
      importImageFolder(folder),
      `${folder}: found 1 class folder (apple); an image dataset needs at least two, one subfolder per class`
    )
    await writeBytes(join(folder, 'pear/notes.txt'), 'no pears yet')
    await writeImage(join(folder, 'loose.png'), solid(2, 2, [1]))
    await expectUserError(
      importImageFolder(folder),
      `${folder}: found 1 class folder with images (apple); an image dataset needs at least two, one subfolder per class (without usable images: pear; 1 image lies directly in the folder)`
    )
  })

  it('refuses a folder of loose images, saying where they are', async () => {
    const folder = join(temp, 'loose')
    for (const name of ['1.png', '2.png']) await writeImage(join(folder, name), solid(2, 2, [1]))
    await expectUserError(
      importImageFolder(folder),
      `${folder}: found 0 class folders; an image dataset needs at least two, one subfolder per class (2 images lie directly in the folder)`
    )
  })

  it('leaves out class folders without usable images, with a note', async () => {
    const folder = join(temp, 'empty-class')
    await writeImage(join(folder, 'a/1.png'), solid(2, 2, [1]))
    await writeImage(join(folder, 'c/1.png'), solid(2, 2, [1]))
    await writeBytes(join(folder, 'b/readme.txt'), 'nothing here')
    await cp(`${DIRTY}/coat/00378-corrupt-truncated.png`, join(folder, 'broken/1.png'))
    const dataset = await importImageFolder(folder)
    expect(dataset.classes).toEqual(['a', 'c'])
    expect(Array.from(dataset.labels!)).toEqual([0, 1])
    expect(dataset.notes.map(englishText)).toEqual([
      'left out class folders without usable images: b, broken'
    ])
  })

  it('handles unicode folder and file names, sorted by code units', async () => {
    const folder = join(temp, 'animaux-ü')
    await writeImage(join(folder, '猫/tabby-ß.png'), solid(2, 2, [1]))
    await writeImage(join(folder, 'chien-é/🐕 rex.png'), solid(2, 2, [2]))
    await writeImage(join(folder, 'Chat/x.png'), solid(2, 2, [3]))
    const dataset = await importImageFolder(folder)
    expect(dataset.name).toBe('animaux-ü')
    expect(dataset.classes).toEqual(['Chat', 'chien-é', '猫'])
    expect(dataset.rowSources).toEqual(['Chat/x.png', 'chien-é/🐕 rex.png', '猫/tabby-ß.png'])
    expect(Array.from(dataset.labels!)).toEqual([0, 1, 2])
  })
})
