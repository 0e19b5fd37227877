import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NO_REGULARIZATION } from '../../../src/shared/model/training'
import {
  backward,
  batchFromRows,
  createJsKernels,
  createNetwork,
  createWorkspace,
  forward,
  Rng
} from '../../../src/main/engine'
import { openLab, type Lab } from '../../../src/main/lab'
import { loopGradient, timeVectorization } from '../../../src/main/services/learn/vectorization'

const RESOURCES = fileURLToPath(new URL('../../../resources', import.meta.url))

/** Lesson 1's timing: a loop over samples against the engine's matrix products, same gradient. */
describe('the vectorization timing on the apples photos', () => {
  let home: string
  let lab: Lab

  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'backprop-lab-vectorize-'))
    lab = openLab({ home })
  })
  afterAll(() => {
    lab.close()
    rmSync(home, { recursive: true, force: true })
  })

  it('the loop computes ∂J/∂w as the engine’s backprop does (one sigmoid unit, cross-entropy)', () => {
    const rng = new Rng(5)
    const [samples, features] = [7, 12]
    const rows = Array.from({ length: samples }, () =>
      Array.from({ length: features }, () => rng.next())
    )
    const labels = rows.map(() => (rng.next() < 0.5 ? 0 : 1))
    const w = Array.from({ length: features }, () => rng.uniform(-0.5, 0.5))
    const b = 0.3
    const network = createNetwork(
      {
        inputSize: features,
        layers: [{ units: 1, activation: 'sigmoid', trainable: { weights: true, biases: true } }],
        loss: 'binary-cross-entropy'
      },
      createJsKernels('f64'),
      'zeros',
      new Rng(1)
    )
    network.layers[0].weights.data.set(w)
    network.layers[0].biases[0] = b
    const batch = batchFromRows(
      network,
      rows,
      labels.map((y) => [y])
    )
    const workspace = createWorkspace(network, samples)
    forward(network, batch.inputs, workspace)
    backward(network, batch.inputs, batch.targets, workspace, NO_REGULARIZATION)
    const loop = loopGradient({
      samples,
      features,
      x: Float32Array.from(rows.flat()),
      y: Float32Array.from(labels),
      w: Float32Array.from(w),
      b
    })
    const engine = Array.from(network.layers[0].weightGradients.data)
    // The loop reads Float32 copies of x and w: agreement to Float32's precision.
    loop.forEach((value, j) => expect(value).toBeCloseTo(engine[j], 6))
  })

  it('times 326 photos of 30,000 values both ways and gets the same gradient', async () => {
    const timing = await timeVectorization(lab, RESOURCES)
    expect(timing.samples).toBe(326)
    expect(timing.features).toBe(30000)
    expect(timing.repeats).toBe(5)
    expect(timing.loopMs).toBeGreaterThan(0)
    expect(timing.matrixMs).toBeGreaterThan(0)
    expect(timing.kernels).toMatch(/^(wasm-simd-f32|js-f32)/)
    expect(timing.largestGradient).toBeGreaterThan(0)
    expect(timing.largestDifference).toBeLessThan(1e-5 * timing.largestGradient)
  }, 60_000)
})
