import { expect, it } from 'vitest'
import type { ByteRows } from '../../src/main/engine/data-rows'
import { Rng } from '../../src/main/engine/rng'
import type { Matrix } from '../../src/main/engine/tensor/matrix'
import { loadKernels, type LoadedKernels } from '../../src/main/kernel-host/load-kernels'
import { pixelRows } from './support/pixel-rows'

/**
 * Issue 17: the sparse weight gradient cuts its bands by the entries per input of the batch
 * before. Those counts were one block on the kernels' heap, allocated again (and the old one
 * left behind) whenever a wider layer came. They now come with each batch matrix's lists, sized
 * by its inputs, and each gradient has the bits of a backend that saw only its layer.
 * The products' staging (Wᵀ for a forward, δ in strips for a gradient) was one block too, grown
 * the same way; it now comes with the matrix it stages. So only a layer's first step allocates,
 * layers of changing width leave the heap as it was, and the heap they need does not depend on
 * the order in which they first come.
 */
interface Layer {
  source: ByteRows
  order: Int32Array
  x: Matrix
  weights: Matrix
  z: Matrix
  delta: Matrix
  gradients: Matrix
}

/** A first layer of 64 units over `cols` inputs, and a batch of 32 rows (fewer than inputs). */
function layer(kernels: LoadedKernels, cols: number): Layer {
  const [rows, units] = [32, 64]
  const rng = new Rng(cols)
  const { source, order } = pixelRows(kernels, rows, cols, () =>
    rng.uniform(0, 1) < 0.2 ? 1 + rng.integer(255) : 0
  )
  const seeded = (matrix: Matrix): Matrix => {
    matrix.data.forEach((_, i) => (matrix.data[i] = rng.uniform(-1, 1)))
    return matrix
  }
  return {
    source,
    order,
    x: kernels.matrix(rows, cols),
    weights: seeded(kernels.matrix(units, cols)),
    z: kernels.matrix(rows, units),
    delta: seeded(kernels.matrix(rows, units)),
    gradients: kernels.matrix(units, cols)
  }
}

/** A training step's sparse products on `layer`; the heap bytes they allocated. */
function step(kernels: LoadedKernels, layer: Layer): number {
  const { source, order, x, weights, z, delta, gradients } = layer
  const batch = kernels.gatherSparseBytes!(source, order, source.rows, x)
  expect(batch).not.toBeNull()
  gradients.data.fill(NaN)
  const before = kernels.allocatedBytes()
  expect(kernels.sparseForward!(batch!, weights, z)).toBe(true)
  expect(kernels.sparseWeightGradient!(batch!, delta, gradients, 1 / source.rows)).toBe(true)
  return kernels.allocatedBytes() - before
}

it.each([1, 2])(
  'keeps the heap flat and the gradients exact over layers of changing width (%i threads)',
  async (threads) => {
    const widths = [100, 784, 37, 1000]
    // Each layer alone, on a backend of its own.
    const alone = await Promise.all(
      widths.map(async (cols) => {
        const kernels = await loadKernels('f32', { threads, sparseDensityLimit: 1 })
        const only = layer(kernels, cols)
        step(kernels, only)
        const gradients = Array.from(only.gradients.data)
        kernels.dispose()
        return gradients
      })
    )
    const kernels = await loadKernels('f32', { threads, sparseDensityLimit: 1 })
    const layers = widths.map((cols) => layer(kernels, cols))
    let used = 0
    for (let round = 0; round < 4; round++) {
      layers.forEach((each, i) => {
        const allocated = step(kernels, each)
        if (round > 0) expect(allocated, `round ${round}, ${widths[i]} inputs`).toBe(0)
        expect(Array.from(each.gradients.data)).toEqual(alone[i])
      })
      // The first round allocates each batch matrix's lists and each layer's staging; no later
      // one allocates anything.
      if (round === 0) used = kernels.allocatedBytes()
      expect(kernels.allocatedBytes(), `after round ${round}`).toBe(used)
    }
    kernels.dispose()
  }
)

it('needs the same heap whichever order layers of changing width first come in', async () => {
  const widths = [37, 100, 784, 1000]
  const heapFor = async (order: number[]): Promise<number> => {
    const kernels = await loadKernels('f32', { threads: 1, sparseDensityLimit: 1 })
    const layers = order.map((cols) => layer(kernels, cols))
    const before = kernels.allocatedBytes()
    for (const each of layers) step(kernels, each)
    const used = kernels.allocatedBytes() - before
    kernels.dispose()
    return used
  }
  // One shared block, narrowest first, grew with each layer and left three behind.
  expect(await heapFor(widths)).toBe(await heapFor([...widths].reverse()))
})
