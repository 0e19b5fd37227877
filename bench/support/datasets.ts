import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import sharp from 'sharp'
import { Rng } from '../../src/main/engine/rng'
import type { BenchData } from './bench-case'

const DATASETS = '/work/shared/datasets'

/** The MNIST test images (10,000 × 784, scaled to [0, 1]) with one-hot labels. */
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
  return save(directory, 'mnist', inputs, targets, rows, inputSize, 10)
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
 * photos/other (label 0), decoded with sharp into 30,000 values in [0, 1].
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
  const inputs = new Float32Array(files.length * inputSize)
  const targets = new Float32Array(files.length)
  for (const [row, [file, label]] of files.entries()) {
    const pixels = await sharp(file)
      .removeAlpha()
      .resize(100, 100, { fit: 'fill' })
      .raw()
      .toBuffer()
    for (let i = 0; i < inputSize; i++) inputs[row * inputSize + i] = pixels[i] / 255
    targets[row] = label
  }
  return save(directory, 'apples', inputs, targets, files.length, inputSize, 1)
}

/**
 * The Playground's "circle" set: 500 points in the plane, label 1 inside radius 2.5 of the
 * origin and 0 on a ring from 3.5 to 5, seeded.
 */
export async function circles(directory: string): Promise<BenchData> {
  const rng = new Rng(2024)
  const rows = 500
  const inputs = new Float32Array(rows * 2)
  const targets = new Float32Array(rows)
  for (let i = 0; i < rows; i++) {
    const inside = i % 2 === 0
    const radius = inside ? rng.uniform(0, 2.5) : rng.uniform(3.5, 5)
    const angle = rng.uniform(0, 2 * Math.PI)
    inputs[2 * i] = radius * Math.cos(angle)
    inputs[2 * i + 1] = radius * Math.sin(angle)
    targets[i] = inside ? 1 : 0
  }
  return save(directory, 'circles', inputs, targets, rows, 2, 1)
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
