import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import sharp from 'sharp'

/**
 * Real rows from the shared sample datasets (/work/shared/datasets), read with a few lines of
 * code so that the export tests feed the models real inputs.
 */
const DATASETS = '/work/shared/datasets'

/** A table of raw feature rows with the label of each row. */
export interface LabelledRows {
  features: number[][]
  labels: string[]
}

/** Rows of a CSV whose last column is `label` (header skipped). */
function readLabelledCsv(path: string): LabelledRows {
  const lines = readFileSync(path, 'utf8').trim().split('\n').slice(1)
  const cells = lines.map((line) => line.split(','))
  return {
    features: cells.map((row) => row.slice(0, -1).map(Number)),
    labels: cells.map((row) => row[row.length - 1])
  }
}

/** Iris: 150 rows of 4 measurements in cm, 3 species (sorted by species, 50 each). */
export function readIris(): LabelledRows {
  return readLabelledCsv(join(DATASETS, 'iris/iris.csv'))
}

/** Digits: 1,797 images of 8×8 pixels valued 0..16, labels 0..9. */
export function readDigits(): LabelledRows {
  return readLabelledCsv(join(DATASETS, 'digits-8x8/digits_8x8.csv'))
}

/**
 * The first `perClass` Fruits-360 photos of each class (apple, other) as `size`×`size` RGB
 * images, flattened row-major (H, W, C) with raw 0..255 values.
 */
export async function readFruits(size: number, perClass: number): Promise<LabelledRows> {
  const root = join(DATASETS, 'fruits360-apple-vs-other/photos')
  const features: number[][] = []
  const labels: string[] = []
  for (const label of ['apple', 'other']) {
    const files = (await readdir(join(root, label))).sort().slice(0, perClass)
    for (const file of files) {
      const pixels = await sharp(join(root, label, file))
        .resize(size, size)
        .removeAlpha()
        .raw()
        .toBuffer()
      features.push(Array.from(pixels))
      labels.push(label)
    }
  }
  return { features, labels }
}

/** Per-column mean and (population) standard deviation of rows. */
export function columnStatistics(rows: readonly number[][]): { mean: number[]; std: number[] } {
  const count = rows.length
  const mean = rows[0].map((_, j) => rows.reduce((sum, row) => sum + row[j], 0) / count)
  const std = mean.map((mu, j) =>
    Math.sqrt(rows.reduce((sum, row) => sum + (row[j] - mu) ** 2, 0) / count)
  )
  return { mean, std }
}

/** Rows at the given indices. */
export function pick<T>(rows: readonly T[], indices: readonly number[]): T[] {
  return indices.map((index) => rows[index])
}
