import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { byteConversion, type ByteRows } from '../../src/main/engine/data-rows'
import { Rng } from '../../src/main/engine/rng'
import type { Kernels, SparseBatch } from '../../src/main/engine/tensor/kernels'
import type { Matrix } from '../../src/main/engine/tensor/matrix'
import { SPARSE_DENSITY_LIMIT } from '../../src/main/engine/tensor/wasm/sparse-inputs'
import { loadKernels, type LoadedKernels } from '../../src/main/kernel-host/load-kernels'

/**
 * Issue 17: the first layer skips the batch's zero pixel bytes. The sparse forward
 * z = X Wᵀ and weight gradient G = scale · δᵀ X agree with the dense gemm of the same kernels and
 * with sums written out here in Float64, for odd sizes, one row, all-zero rows and columns, a
 * fully dense batch and densities around the limit; they give the same bits on two threads as on
 * one; and a batch above the limit, or with non-zero offsets, is gathered without lists.
 */
interface Case {
  name: string
  rows: number
  cols: number
  units: number
  /** Chance that a byte is non-zero. */
  density: number
  zeroRows?: number[]
  zeroColumns?: number[]
}
const CASES: Case[] = [
  { name: 'one row', rows: 1, cols: 37, units: 5, density: 0.3 },
  { name: 'odd sizes', rows: 7, cols: 101, units: 130, density: 0.2 },
  { name: 'MNIST-like', rows: 64, cols: 784, units: 128, density: 0.19 },
  {
    name: 'zero rows and columns',
    rows: 65,
    cols: 785,
    units: 33,
    density: 0.25,
    zeroRows: [0, 9, 64],
    zeroColumns: [0, 1, 2, 3, 400, 784]
  },
  { name: 'fully dense', rows: 19, cols: 50, units: 64, density: 1 },
  { name: 'all zero', rows: 6, cols: 40, units: 10, density: 0 },
  { name: 'a wide batch', rows: 256, cols: 300, units: 64, density: 0.5 },
  // Forward bands (band-tables.ts) through sumListed's 16-wide pass and the halves' cuts: 1
  // unit; 17 (16 and one lane); 40 (24 and 16); 130 in halves of 65 (17, 24, 24), shared by two
  // threads; 150 from a band of 6 (then 24s).
  { name: 'one unit', rows: 9, cols: 23, units: 1, density: 0.4 },
  { name: '17 units', rows: 40, cols: 61, units: 17, density: 0.3 },
  { name: 'a band of 16', rows: 33, cols: 98, units: 40, density: 0.25 },
  { name: 'bands from halves', rows: 100, cols: 203, units: 130, density: 0.2 },
  { name: 'a narrow band first', rows: 100, cols: 203, units: 150, density: 0.2 },
  // More bands of 24 than a shared job has chunks (255): two threads hung on it.
  { name: 'a layer of 6,200 units', rows: 64, cols: 8, units: 6200, density: 0.5 }
]

/** Seeded pixel bytes b / 255 (offset 0), non-zero with chance `density`. */
function byteRows(kernels: Kernels, spec: Case): ByteRows {
  const rng = new Rng(spec.rows * 1000 + spec.cols)
  const { rows, cols } = spec
  const bytes = kernels.bytes(rows * cols)
  for (let i = 0; i < rows * cols; i++) {
    bytes[i] = rng.uniform(0, 1) < spec.density ? 1 + rng.integer(255) : 0
  }
  for (const b of spec.zeroRows ?? []) bytes.fill(0, b * cols, (b + 1) * cols)
  for (const j of spec.zeroColumns ?? []) for (let b = 0; b < rows; b++) bytes[b * cols + j] = 0
  const conversion = byteConversion(null, cols)
  const [scale, offset] = [kernels.vector(cols), kernels.vector(cols)]
  scale.set(conversion.scale)
  offset.set(conversion.offset)
  return { rows, cols, bytes, scale, offset }
}

function seeded(kernels: Kernels, rows: number, cols: number, seed: number): Matrix {
  const rng = new Rng(seed)
  const matrix = kernels.matrix(rows, cols)
  matrix.data.forEach((_, i) => (matrix.data[i] = rng.uniform(-1, 1)))
  return matrix
}

/** Gathers every row of `source`, reversed; the batch, and its lists (null: none made). */
/**
 * The rows in reverse order gathered into `batch`, listed where they can be; `x` is the batch as
 * the plain gather gives it (the listing gather leaves `batch` to a product that declines).
 */
function gather(
  kernels: Kernels,
  source: ByteRows
): { x: Matrix; batch: Matrix; sparse: SparseBatch | null } {
  const batch = kernels.matrix(source.rows, source.cols)
  const order = kernels.rowIndices(source.rows)
  order.forEach((_, i) => (order[i] = source.rows - 1 - i))
  const sparse = kernels.gatherSparseBytes!(source, order, source.rows, batch)
  const x = kernels.matrix(source.rows, source.cols)
  kernels.gatherBytes(source, order, source.rows, x)
  return { x, batch, sparse }
}

/**
 * Row-major sums in Float64 with the values each term's factors hold in Float32, and Σ|terms|
 * (the scale of the rounding error any order of additions may make).
 */
function reference(
  rows: number,
  cols: number,
  inner: number,
  term: (i: number, j: number, k: number) => number
): { sums: Float64Array; magnitudes: Float64Array } {
  const sums = new Float64Array(rows * cols)
  const magnitudes = new Float64Array(rows * cols)
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      for (let k = 0; k < inner; k++) {
        const value = term(i, j, k)
        sums[i * cols + j] += value
        magnitudes[i * cols + j] += Math.abs(value)
      }
    }
  }
  return { sums, magnitudes }
}

/** Each value within Float32 rounding of a sum of `inner` terms of that magnitude. */
function expectWithinRounding(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  magnitudes: Float64Array,
  inner: number,
  what: string
): void {
  for (let i = 0; i < magnitudes.length; i++) {
    const tolerance = 2 * Math.max(inner, 4) * 2 ** -24 * magnitudes[i] + 1e-30
    const error = Math.abs(actual[i] - expected[i])
    if (error > tolerance) expect.fail(`${what}[${i}]: ${actual[i]} vs ${expected[i]}`)
  }
}

function run(kernels: Kernels, spec: Case) {
  const source = byteRows(kernels, spec)
  const { rows, cols, units } = spec
  const { x, sparse } = gather(kernels, source)
  expect(sparse).not.toBeNull()
  const weights = seeded(kernels, units, cols, 7)
  const delta = seeded(kernels, rows, units, 11)
  const scale = 1 / rows
  const z = kernels.matrix(rows, units)
  const gradients = kernels.matrix(units, cols)
  // NaN first: every output must be written.
  z.data.fill(NaN)
  gradients.data.fill(NaN)
  kernels.sparseForward!(sparse!, weights, z)
  kernels.sparseWeightGradient!(sparse!, delta, gradients, scale)
  return { x, sparse: sparse!, weights, delta, scale, z, gradients }
}

describe('the first layer skipping zero inputs', () => {
  let one: LoadedKernels
  let two: LoadedKernels
  beforeAll(async () => {
    one = await loadKernels('f32', { threads: 1, sparseDensityLimit: 1 })
    two = await loadKernels('f32', { threads: 2, sparseDensityLimit: 1 })
  })
  afterAll(() => {
    one.dispose()
    two.dispose()
  })

  for (const spec of CASES) {
    it(`matches the dense gemm and Float64 sums (${spec.name})`, () => {
      const { rows, cols, units } = spec
      const { x, sparse, weights, delta, scale, z, gradients } = run(one, spec)
      const nonZeros = Array.from(x.data).filter((value) => value !== 0).length
      expect(sparse.density).toBeCloseTo(nonZeros / (rows * cols), 12)

      const forward = reference(
        rows,
        units,
        cols,
        (b, u, j) => x.data[b * cols + j] * weights.data[u * cols + j]
      )
      expectWithinRounding(z.data, forward.sums, forward.magnitudes, cols, 'z')
      const dense = one.matrix(rows, units)
      one.gemm(x, false, weights, true, dense, 1, 0)
      expectWithinRounding(z.data, dense.data, forward.magnitudes, cols, 'z vs gemm')

      const gradient = reference(
        units,
        cols,
        rows,
        (u, j, b) => scale * delta.data[b * units + u] * x.data[b * cols + j]
      )
      expectWithinRounding(gradients.data, gradient.sums, gradient.magnitudes, rows, 'G')
      const denseGradients = one.matrix(units, cols)
      one.gemm(delta, true, x, false, denseGradients, scale, 0)
      expectWithinRounding(
        gradients.data,
        denseGradients.data,
        gradient.magnitudes,
        rows,
        'G vs gemm'
      )
    })

    it(`gives the same bits on two threads as on one (${spec.name})`, () => {
      const alone = run(one, spec)
      const shared = run(two, spec)
      expect(shared.sparse.density).toBe(alone.sparse.density)
      expect(Array.from(shared.z.data)).toEqual(Array.from(alone.z.data))
      expect(Array.from(shared.gradients.data)).toEqual(Array.from(alone.gradients.data))
    })
  }

  it.each([1, 2])(
    'lists a batch at the limit and not one a byte above it (%i threads)',
    async (threads) => {
      const kernels = await loadKernels('f32', { threads })
      // Big enough that two threads share the gather's rows.
      const [rows, cols] = [200, 100]
      const atLimit = Math.floor(SPARSE_DENSITY_LIMIT * rows * cols)
      for (const [nonZeros, listed] of [
        [atLimit, true],
        [atLimit + 1, false]
      ] as const) {
        const source = byteRows(kernels, { name: '', rows, cols, units: 1, density: 0 })
        // Spread over the rows: byte i·7 mod (rows·cols), all distinct since 7 ∤ 20,000.
        for (let i = 0; i < nonZeros; i++) source.bytes[(i * 7) % (rows * cols)] = 200
        const { x, batch, sparse } = gather(kernels, source)
        expect(sparse !== null, `${nonZeros} non-zero bytes`).toBe(listed)
        if (sparse) expect(sparse.density).toBe(nonZeros / (rows * cols))
        // Too dense to list: the batch is gathered plainly, whatever rows were listed first.
        else expect(Array.from(batch.data)).toEqual(Array.from(x.data))
        expect(x.data.filter((value) => value !== 0).length).toBe(nonZeros)
      }
      kernels.dispose()
    }
  )

  it('lists nothing where a zero byte is not a zero input, or when told to stay dense', async () => {
    const kernels = await loadKernels('f32', { threads: 1, sparseDensityLimit: 1 })
    const source = byteRows(kernels, { name: '', rows: 5, cols: 20, units: 1, density: 0.1 })
    source.offset[3] = -0.5
    const { x, batch, sparse } = gather(kernels, source)
    expect(sparse).toBeNull()
    expect(Array.from(batch.data)).toEqual(Array.from(x.data))
    const dense = await loadKernels('f32', { threads: 1, sparseDensityLimit: 0 })
    expect(
      gather(dense, byteRows(dense, { name: '', rows: 5, cols: 20, units: 1, density: 0.1 })).sparse
    ).toBeNull()
    kernels.dispose()
    dense.dispose()
  })
})
