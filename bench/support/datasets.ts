import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import sharp from 'sharp'
import { generateDataset } from '../../src/main/services/datasets/generators'
import type { BenchData } from './bench-case'

const DATASETS = '/work/shared/datasets'

/** The MNIST test images (10,000 × 784, scaled to [0, 1], and as bytes) with one-hot labels. */
export async function mnistTest(directory: string): Promise<BenchData> {
  const images = parseIdx(
    gunzipSync(await readFile(join(DATASETS, 'mnist/t10k-images-idx3-ubyte.gz')))
  )
  const labels = parseIdx(
    gunzipSync(await readFile(join(DATASETS, 'mnist/t10k-labels-idx1-ubyte.gz')))
  )
  const [rows, height, width] = images.dimensions
  const inputSize = height * width
  const inputs = Float32Array.from(images.values, (pixel) => pixel / 255)
  const targets = new Float32Array(rows * 10)
  labels.values.forEach((label, row) => (targets[row * 10 + label] = 1))
  const data = await save(directory, 'mnist', inputs, targets, rows, inputSize, 10)
  return saveBytes(directory, 'mnist', images.values, data)
}

/** An IDX file (LeCun's format): magic 0x00 0x00 type rank, big-endian sizes, then unsigned bytes. */
function parseIdx(buffer: Buffer): { dimensions: number[]; values: Uint8Array } {
  if (buffer[0] !== 0 || buffer[1] !== 0 || buffer[2] !== 0x08)
    throw new Error('not an unsigned-byte IDX file')
  const rank = buffer[3]
  const dimensions = Array.from({ length: rank }, (_, axis) => buffer.readUInt32BE(4 + 4 * axis))
  return { dimensions, values: buffer.subarray(4 + 4 * rank) }
}

/**
 * The fruits360 apple photos: every 100 × 100 RGB photo of photos/apple (label 1) and
 * photos/other (label 0), decoded with sharp into 30,000 values in [0, 1] (and as bytes).
 */
export async function applePhotos(directory: string): Promise<BenchData> {
  const root = join(DATASETS, 'fruits360-apple-vs-other/photos')
  const files: [string, number][] = []
  for (const [folder, label] of [
    ['apple', 1],
    ['other', 0]
  ] as const) {
    const names = (await readdir(join(root, folder))).filter((name) => name.endsWith('.jpg')).sort()
    files.push(...names.map((name): [string, number] => [join(root, folder, name), label]))
  }
  const inputSize = 100 * 100 * 3
  const pixelBytes = new Uint8Array(files.length * inputSize)
  const targets = new Float32Array(files.length)
  for (const [row, [file, label]] of files.entries()) {
    const pixels = await sharp(file)
      .removeAlpha()
      .resize(100, 100, { fit: 'fill' })
      .raw()
      .toBuffer()
    pixelBytes.set(pixels, row * inputSize)
    targets[row] = label
  }
  const inputs = Float32Array.from(pixelBytes, (byte) => byte / 255)
  const data = await save(directory, 'apples', inputs, targets, files.length, inputSize, 1)
  return saveBytes(directory, 'apples', pixelBytes, data)
}

/**
 * The lab's two-spirals generator (TensorFlow Playground's spiral), 2,000 points in the plane,
 * classes 0 and 1 alternating.
 */
export async function spirals(directory: string): Promise<BenchData> {
  const dataset = generateDataset('two-spirals', { samples: 2000 })
  const inputs = Float32Array.from(dataset.features)
  const targets = Float32Array.from(dataset.labels!)
  return save(directory, 'spirals', inputs, targets, dataset.rows, 2, 1)
}

/** Writes the pixel bytes of a dataset beside its Float32 files. */
async function saveBytes(
  directory: string,
  name: string,
  pixels: Uint8Array,
  data: BenchData
): Promise<BenchData> {
  const bytes = join(directory, `${name}-inputs.u8`)
  await writeFile(bytes, pixels)
  return { ...data, bytes }
}

async function save(
  directory: string,
  name: string,
  inputs: Float32Array,
  targets: Float32Array,
  rows: number,
  inputSize: number,
  outputs: number
): Promise<BenchData> {
  await mkdir(directory, { recursive: true })
  const data: BenchData = {
    inputs: join(directory, `${name}-inputs.f32`),
    targets: join(directory, `${name}-targets.f32`),
    rows,
    inputSize,
    outputs
  }
  await writeFile(data.inputs, new Uint8Array(inputs.buffer))
  await writeFile(data.targets, new Uint8Array(targets.buffer))
  return data
}
