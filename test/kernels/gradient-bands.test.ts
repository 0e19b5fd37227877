import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { Rng } from '../../src/main/engine/rng'
import { cutByWork, INPUT_COST } from '../../src/main/engine/tensor/wasm/band-tables'
import { loadKernels } from '../../src/main/kernel-host/load-kernels'
import { pixelRows } from './support/pixel-rows'

/**
 * Issue 17: the sparse weight gradient's bands of inputs are cut by work, not by width. MNIST's
 * border pixels are almost all 0, so equal widths left most of the work in a few bands and one
 * thread finishing alone. Every input is in exactly one band, bands are whole 4s of inputs and
 * fit the scratch, and the gradient's bits do not depend on where the bands fall.
 */
const MNIST = '/work/shared/datasets/mnist/t10k-images-idx3-ubyte.gz'

/** The starts of the bands cutByWork cuts (a band table of at most 255 bands, in order). */
function cutBands(counts: Int32Array, cols: number, chunks: number, widest: number): number[] {
  const table = new Int32Array(257).fill(-1)
  const bands = cutByWork(counts, cols, chunks, widest, table)
  expect(bands).toBeGreaterThan(0)
  expect(table[0], 'bands in order').toBe(0)
  expect(table[bands + 2], 'the table past its end').toBe(-1)
  return Array.from(table.subarray(1, bands + 2))
}

/** Checks that `starts` cut 0 … cols − 1 into bands of whole 4s at most `widest` wide. */
function expectBands(starts: number[], cols: number, widest: number): void {
  expect(starts[0]).toBe(0)
  expect(starts[starts.length - 1]).toBe(cols)
  for (let i = 1; i < starts.length; i++) {
    const width = starts[i] - starts[i - 1]
    expect(width, `band ${i - 1}`).toBeGreaterThan(0)
    expect(width, `band ${i - 1}`).toBeLessThanOrEqual(widest)
    if (i < starts.length - 1) expect(starts[i] % 4, `start of band ${i}`).toBe(0)
  }
}

/** Each band's share of Σ (count + INPUT_COST). */
function shares(starts: number[], counts: ArrayLike<number>): number[] {
  const work = (from: number, to: number): number => {
    let sum = 0
    for (let j = from; j < to; j++) sum += counts[j] + INPUT_COST
    return sum
  }
  const total = work(0, starts[starts.length - 1])
  return starts.slice(1).map((end, i) => work(starts[i], end) / total)
}

/** Entries per input (non-zero bytes per pixel) of the first 256 MNIST test images. */
function mnistCounts(): Int32Array {
  const bytes = gunzipSync(readFileSync(MNIST)).subarray(16, 16 + 256 * 784)
  const counts = new Int32Array(784)
  bytes.forEach((byte, i) => (counts[i % 784] += byte === 0 ? 0 : 1))
  return counts
}

describe("the sparse gradient's bands", () => {
  it('give each of 8 bands about an eighth of a real MNIST batch’s work', () => {
    const counts = mnistCounts()
    // 132 inputs fit the scratch for 256 rows and 128 units (sparse-inputs.ts).
    const starts = cutBands(counts, 784, 8, 132)
    expectBands(starts, 784, 132)
    // The border bands would need over 132 inputs for an eighth of the work: the scratch cuts
    // them there. Bands cut by work end within one block of 4 inputs (at most
    // 4 · (256 + INPUT_COST) of ~52,000) past an eighth; the last holds what is left.
    const bandShares = shares(starts, counts)
    bandShares.forEach((share, i) => {
      expect(share, `band ${i}`).toBeLessThan(1 / 8 + 0.03)
      const wide = starts[i + 1] - starts[i] === 132
      if (!wide && i < bandShares.length - 1) expect(share, `band ${i}`).toBeGreaterThan(1 / 8)
    })
    expect(starts.length - 1).toBeLessThanOrEqual(10)
    // Equal widths (the cut before): the middle bands held nearly a fifth of the work each
    // (21% of the entries), the borders 4% (under 1% of the entries).
    const equal = [0, 100, 200, 300, 400, 500, 600, 700, 784]
    expect(Math.max(...shares(equal, counts))).toBeGreaterThan(0.18)
    expect(Math.min(...shares(equal, counts))).toBeLessThan(0.05)
  })

  it('cut an all-zero batch (or the first, before any counts) into equal widths', () => {
    const starts = cutBands(new Int32Array(784), 784, 8, 100)
    expectBands(starts, 784, 100)
    // 98 inputs are an eighth, rounded up to whole 4s; the last band has the rest.
    expect(starts).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 784])
  })

  it.each([
    [1, 8, 4],
    [3, 8, 4],
    [37, 8, 8],
    [101, 8, 100],
    [785, 8, 100],
    [785, 8, 12],
    [4096, 8, 40]
  ])(
    'cover %i inputs once in bands of whole 4s at most as wide as fits',
    (cols, chunks, widest) => {
      const rng = new Rng(cols)
      const counts = Int32Array.from({ length: cols }, (_, j) =>
        j < cols / 3 ? 0 : rng.integer(257)
      )
      const starts = cutBands(counts, cols, chunks, widest)
      expectBands(starts, cols, widest)
      // Only the scratch makes more bands than asked for.
      if (widest * chunks >= 2 * cols) expect(starts.length - 1).toBeLessThanOrEqual(chunks)
    }
  )

  it('cut nothing when more bands than the table holds would be needed', () => {
    // 1,024 bands of 4 inputs, for a table of 255.
    const table = new Int32Array(257)
    expect(cutByWork(new Int32Array(4096), 4096, 8, 4, table)).toBe(0)
    // 255 bands of 4 fit it exactly.
    expect(cutByWork(new Int32Array(1020), 1020, 8, 4, table)).toBe(255)
    expect(table[256]).toBe(1020)
  })

  it.each([1, 2])('leave the gradient’s bits unchanged (%i threads)', async (threads) => {
    const kernels = await loadKernels('f32', { threads, sparseDensityLimit: 1 })
    const [rows, cols, units] = [256, 784, 128]
    // Inputs 0 … 399 mostly zero, the rest dense: the second gradient's bands (cut by the first
    // batch's entries) differ from the first's equal widths.
    const rng = new Rng(5)
    const { source, order } = pixelRows(kernels, rows, cols, (i) => {
      const chance = i % cols < 400 ? 0.01 : 0.4
      return rng.uniform(0, 1) < chance ? 1 + rng.integer(255) : 0
    })
    const x = kernels.matrix(rows, cols)
    const batch = kernels.gatherSparseBytes!(source, order, rows, x)
    const delta = kernels.matrix(rows, units)
    delta.data.forEach((_, i) => (delta.data[i] = rng.uniform(-1, 1)))
    const [first, second] = [kernels.matrix(units, cols), kernels.matrix(units, cols)]
    expect(kernels.sparseWeightGradient!(batch!, delta, first, 1 / rows)).toBe(true)
    second.data.fill(NaN)
    expect(kernels.sparseWeightGradient!(batch!, delta, second, 1 / rows)).toBe(true)
    expect(Array.from(second.data)).toEqual(Array.from(first.data))
    kernels.dispose()
  })
})
