import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import sharp from 'sharp'
import { runPool } from '../../src/main/services/datasets/import-progress'

/** Fashion-MNIST's class names (fashion-mnist-folders/README.md), in label order. */
const CLASSES = [
  't-shirt-top',
  'trouser',
  'pullover',
  'dress',
  'coat',
  'sandal',
  'shirt',
  'sneaker',
  'bag',
  'ankle-boot'
]

/**
 * All 70,000 Fashion-MNIST images (train, then t10k) written as 28×28 gray PNGs into one
 * subfolder per class under `folder` (`coat/train-00017.png`), the way a user's image folder
 * holds them. Returns the number of files.
 */
export async function writeFashionPngs(fashion: string, folder: string): Promise<number> {
  await Promise.all(CLASSES.map((name) => mkdir(join(folder, name), { recursive: true })))
  let written = 0
  for (const part of ['train', 't10k']) {
    const images = gunzipSync(await readFile(join(fashion, `${part}-images-idx3-ubyte.gz`)))
    const labels = gunzipSync(await readFile(join(fashion, `${part}-labels-idx1-ubyte.gz`)))
    const count = images.readUInt32BE(4)
    await runPool(count, 8, async (index) => {
      const pixels = images.subarray(16 + index * 784, 16 + (index + 1) * 784)
      const png = await sharp(pixels, { raw: { width: 28, height: 28, channels: 1 } })
        .png()
        .toBuffer()
      const name = `${part}-${String(index).padStart(5, '0')}.png`
      await writeFile(join(folder, CLASSES[labels[8 + index]], name), png)
    })
    written += count
  }
  return written
}
