import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { byteConversion, type ByteRows } from '../../src/main/engine/data-rows'
import type { Kernels } from '../../src/main/engine/tensor/kernels'
import { loadKernels, type LoadedKernels } from '../../src/main/kernel-host/load-kernels'

/**
 * Issue 17: the sparse gather lists a row's non-zero bytes four at a time without a branch per
 * byte (assembly/sparse-gather.ts). Every pattern of zero and non-zero bytes in a group of four,
 * at every place in a block of 16, and in a tail shorter than 16, must list exactly the non-zero
 * inputs with their values: through z = X Wᵀ with W the identity, each z[b][u] is the one listed
 * term x[b][u] · 1 (the others are x · 0), so a missing, repeated or misplaced entry changes z.
 * The batch matrix is left unwritten until a product declines (a weight or δ not finite): then
 * it is the plain gather's, bit for bit. The weight gradient lists each input's
 * rows from the batch's bytes turned 4 rows at a time (assembly/sparse-gradient.ts): a short
 * batch gathered into the buffer of a taller one must not see the taller one's rows.
 */
const ROWS = 33
/** Four blocks of 16 and a tail of 7. */
const COLS = 4 * 16 + 7

/** Row b, group of four g: the non-zero bytes are the set bits of (b + g) mod 16. */
function patternRows(kernels: Kernels, scaleOf: (j: number) => number): ByteRows {
  const bytes = kernels.bytes(ROWS * COLS)
  for (let b = 0; b < ROWS; b++) {
    for (let j = 0; j < COLS; j++) {
      const pattern = (b + (j >> 2)) % 16
      bytes[b * COLS + j] = (pattern >> (j & 3)) & 1 ? 1 + ((b * COLS + j) % 255) : 0
    }
  }
  const [scale, offset] = [kernels.vector(COLS), kernels.vector(COLS)]
  scale.set(byteConversion(null, COLS).scale.map((value, j) => value * scaleOf(j)))
  offset.fill(0)
  return { rows: ROWS, cols: COLS, bytes, scale, offset }
}

function listedThroughIdentity(kernels: Kernels, source: ByteRows) {
  const order = kernels.rowIndices(ROWS)
  order.forEach((_, i) => (order[i] = (i * 7) % ROWS))
  const x = kernels.matrix(ROWS, COLS)
  const sparse = kernels.gatherSparseBytes!(source, order, ROWS, x)
  expect(sparse).not.toBeNull()
  const identity = kernels.matrix(COLS, COLS)
  for (let j = 0; j < COLS; j++) identity.data[j * COLS + j] = 1
  const z = kernels.matrix(ROWS, COLS)
  z.data.fill(NaN)
  expect(kernels.sparseForward!(sparse!, identity, z)).toBe(true)
  const plain = kernels.matrix(ROWS, COLS)
  kernels.gatherBytes(source, order, ROWS, plain)
  return { x, z, plain, sparse: sparse!, identity }
}

describe('the sparse gather', () => {
  // One and two threads of the best build, and the plain SIMD build (its exact swizzle).
  const setups = [
    { threads: 1, variant: undefined },
    { threads: 2, variant: undefined },
    { threads: 1, variant: 'simd' }
  ] as const
  let kernels: LoadedKernels[]
  beforeAll(async () => {
    kernels = await Promise.all(
      setups.map((setup) => loadKernels('f32', { ...setup, sparseDensityLimit: 1 }))
    )
  })
  afterAll(() => kernels.forEach((loaded) => loaded.dispose()))

  it.each(setups.map((setup, index) => [setup.threads, setup.variant ?? 'best', index]))(
    'lists every pattern of non-zero bytes exactly, in blocks and the tail (%i threads, %s build)',
    (_threads, _variant, index) => {
      const loaded = kernels[index]
      // A different scale for each input, so that a value taken from the wrong input shows.
      const source = patternRows(loaded, (j) => 1 + j / 64)
      const { z, plain } = listedThroughIdentity(loaded, source)
      expect(Array.from(z.data)).toEqual(Array.from(plain.data))
      // Every pattern of four was met (and some bytes were zero, some not).
      const values = Array.from(plain.data)
      expect(values.filter((value) => value === 0).length).toBeGreaterThan(0)
      expect(values.filter((value) => value !== 0).length).toBeGreaterThan(0)
    }
  )

  it.each(setups.map((setup, index) => [setup.threads, setup.variant ?? 'best', index]))(
    'gathers the batch matrix when a product declines (%i threads, %s build)',
    (_threads, _variant, index) => {
      const loaded = kernels[index]
      const source = patternRows(loaded, (j) => 1 + j / 64)
      const { x, z, plain, sparse, identity } = listedThroughIdentity(loaded, source)
      // Listed and summed: the batch matrix was never needed, nor written.
      expect(x.data.every((value) => value === 0)).toBe(true)
      identity.data[0] = Infinity
      expect(loaded.sparseForward!(sparse, identity, z)).toBe(false)
      expect(Array.from(x.data)).toEqual(Array.from(plain.data))
      // A δ not finite declines the gradient of a batch whose forward summed.
      const fresh = listedThroughIdentity(loaded, source)
      const delta = loaded.matrix(ROWS, 3)
      delta.data[4] = NaN
      const gradients = loaded.matrix(3, COLS)
      expect(loaded.sparseWeightGradient!(fresh.sparse, delta, gradients, 1)).toBe(false)
      expect(Array.from(fresh.x.data)).toEqual(Array.from(plain.data))
    }
  )

  it.each([1, 2])(
    'gives a short batch the gradient it has alone, after a taller one in its buffer (%i threads)',
    (threads) => {
      const loaded = kernels[threads - 1]
      const source = patternRows(loaded, () => 1)
      const units = 30
      const delta = loaded.matrix(ROWS, units)
      delta.data.forEach((_, i) => (delta.data[i] = Math.sin(i)))
      const gradientOf = (x: ReturnType<Kernels['matrix']>, rows: number): number[] => {
        const order = loaded.rowIndices(rows)
        order.forEach((_, i) => (order[i] = (i * 5) % ROWS))
        const sparse = loaded.gatherSparseBytes!(source, order, rows, x)
        const gradients = loaded.matrix(units, COLS)
        expect(loaded.sparseWeightGradient!(sparse!, delta, gradients, 0.5)).toBe(true)
        return Array.from(gradients.data)
      }
      const shared = loaded.matrix(ROWS, COLS)
      gradientOf(shared, ROWS)
      // 17 rows: the last group of 4 has one row, and rows 20 … 31 of the taller batch remain.
      const after = gradientOf(shared, 17)
      const alone = gradientOf(loaded.matrix(17, COLS), 17)
      expect(after).toEqual(alone)
      expect(after.some((value) => value !== 0)).toBe(true)
    }
  )
})
