import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BatchLoader, type TrainingData } from '../../src/main/engine/batches'
import { byteConversion, type InputRows } from '../../src/main/engine/data-rows'
import {
  backward,
  createNetwork,
  createWorkspace,
  forward,
  forwardBackwardInOnePass,
  type Network
} from '../../src/main/engine/network'
import { createOptimizer } from '../../src/main/engine/optimizers'
import { Rng } from '../../src/main/engine/rng'
import { Trainer } from '../../src/main/engine/trainer'
import { createJsKernels } from '../../src/main/engine/tensor/js-kernels'
import type { Kernels } from '../../src/main/engine/tensor/kernels'
import { loadKernels, type LoadedKernels } from '../../src/main/kernel-host/load-kernels'
import type { ActivationName, LossName } from '../../src/shared/model/network'

/**
 * Issue 17, wide inputs in one pass: for a single layer whose loss gives δ = a − y, the WASM
 * kernels compute z, a, δ, ∂J/∂W and ∂J/∂b reading each input row once (per block of rows, the
 * blocks shared between threads). They agree with the two-pass forward and backward of the same
 * kernels and with the TypeScript reference, for odd widths, one row, rows that are not a multiple
 * of the block, pixel bytes and floats, and give the same bits on one thread as on two, and
 * with the chunks taken first to last or last to first (every other step). The plain
 * SIMD build (no fused multiply-add, the standard byte swizzle) agrees with the reference too.
 */
const OUTPUTS: [ActivationName, LossName, number][] = [
  ['sigmoid', 'binary-cross-entropy', 1],
  ['softmax', 'cross-entropy', 10],
  ['linear', 'half-squared-error', 3]
]
const SHAPES: [rows: number, cols: number][] = [
  [1, 37],
  [7, 3001],
  // 9 blocks in 8 chunks (one of 2 blocks), the last block 1 row.
  [33, 515],
  [45, 2049],
  [326, 1030]
]

/** Seeded rows: bytes with a standardization, or floats in [−1, 1]; targets for the loss. */
function dataFor(
  kernels: Kernels,
  rows: number,
  cols: number,
  units: number,
  loss: LossName,
  bytes: boolean
): TrainingData {
  const rng = new Rng(rows * cols + units)
  let inputs: InputRows
  if (bytes) {
    const values = kernels.bytes(rows * cols)
    values.forEach((_, i) => (values[i] = rng.integer(256)))
    const mean = Array.from({ length: cols }, () => rng.uniform(0.2, 0.6))
    const std = Array.from({ length: cols }, () => rng.uniform(0.1, 0.4))
    const conversion = byteConversion({ kind: 'standardize', mean, std }, cols)
    const [scale, offset] = [kernels.vector(cols), kernels.vector(cols)]
    scale.set(conversion.scale)
    offset.set(conversion.offset)
    inputs = { rows, cols, bytes: values, scale, offset }
  } else {
    inputs = kernels.matrix(rows, cols)
    inputs.data.forEach((_, i) => ((inputs as { data: Float32Array }).data[i] = rng.uniform(-1, 1)))
  }
  const targets = kernels.matrix(rows, units)
  for (let i = 0; i < rows; i++) {
    if (loss === 'cross-entropy') targets.data[i * units + rng.integer(units)] = 1
    else {
      for (let k = 0; k < units; k++) {
        targets.data[i * units + k] =
          loss === 'binary-cross-entropy' ? rng.integer(2) : rng.uniform(-2, 2)
      }
    }
  }
  return { inputs, targets, classification: loss !== 'half-squared-error' }
}

function networkFor(
  kernels: Kernels,
  cols: number,
  units: number,
  activation: ActivationName,
  loss: LossName
): Network {
  const layers = [{ units, activation, trainable: { weights: true, biases: true } }]
  const network = createNetwork({ inputSize: cols, loss, layers }, kernels, 'xavier', new Rng(cols))
  network.layers[0].biases.forEach((_, j) => (network.layers[0].biases[j] = 0.1 * (j - 1)))
  return network
}

/** Every number one step leaves: z, a, δ of the batch and the layer's gradients. */
function stepNumbers(network: Network, outputs: number[]) {
  const layer = network.layers[0]
  return {
    outputs,
    weightGradients: Array.from(layer.weightGradients.data),
    biasGradients: Array.from(layer.biasGradients)
  }
}

/** The batch of the rows in reverse order, in one pass, or forward then backward. */
function step(
  kernels: Kernels,
  shape: [number, number],
  output: (typeof OUTPUTS)[number],
  bytes: boolean,
  onePass: boolean
) {
  const [rows, cols] = shape
  const [activation, loss, units] = output
  const network = networkFor(kernels, cols, units, activation, loss)
  const data = dataFor(kernels, rows, cols, units, loss, bytes)
  const order = Int32Array.from({ length: rows }, (_, i) => rows - 1 - i)
  const workspace = createWorkspace(network, rows)
  const loader = new BatchLoader(kernels, data, rows)
  const regularization = { l1: 0.001, l2: 0.01 }
  if (onePass) {
    const { targets, rowIndices } = loader.loadTargets(order, 0, rows)
    const result = forwardBackwardInOnePass(
      network,
      data.inputs,
      rowIndices,
      targets,
      workspace,
      regularization
    )
    expect(result).not.toBeNull()
  } else {
    const batch = loader.load(order, 0, rows)
    forward(network, batch.inputs, workspace)
    backward(network, batch.inputs, batch.targets, workspace, regularization)
  }
  const z = Array.from(workspace.z[0].data.subarray(0, rows * units))
  const a = Array.from(workspace.a[0].data.subarray(0, rows * units))
  const delta = Array.from(workspace.delta[0].data.subarray(0, rows * units))
  return stepNumbers(network, [...z, ...a, ...delta])
}

/** Each list within `tolerance` of the reference, relative to the reference's largest magnitude. */
function expectClose(
  actual: ReturnType<typeof step>,
  reference: ReturnType<typeof step>,
  tolerance: number
): void {
  for (const key of ['outputs', 'weightGradients', 'biasGradients'] as const) {
    const scale = Math.max(1e-3, ...reference[key].map(Math.abs))
    const worst = Math.max(...actual[key].map((value, i) => Math.abs(value - reference[key][i])))
    expect(worst / scale, key).toBeLessThan(tolerance)
  }
}

describe('the one-pass wide-layer step', () => {
  let twoThreads: LoadedKernels
  let oneThread: LoadedKernels
  let plainSimd: LoadedKernels
  const reference = createJsKernels('f32')
  beforeAll(async () => {
    twoThreads = await loadKernels('f32', { threads: 2 })
    oneThread = await loadKernels('f32', { threads: 1 })
    plainSimd = await loadKernels('f32', { threads: 1, variant: 'simd' })
    expect(plainSimd.name).toContain('(simd, 1 thread)')
  })
  afterAll(() => {
    twoThreads.dispose()
    oneThread.dispose()
    plainSimd.dispose()
  })

  for (const output of OUTPUTS) {
    for (const shape of SHAPES) {
      for (const bytes of [true, false]) {
        const title = `${output[0]} + ${output[1]}, ${output[2]} units, ${shape[0]} rows × ${shape[1]} ${bytes ? 'bytes' : 'floats'}`
        it(title, () => {
          const onePass = step(twoThreads, shape, output, bytes, true)
          expectClose(onePass, step(twoThreads, shape, output, bytes, false), 2e-5)
          expectClose(onePass, step(reference, shape, output, bytes, false), 2e-5)
          expect(step(oneThread, shape, output, bytes, true)).toEqual(onePass)
          // The next step on the same kernels takes its chunks in the other order.
          expect(step(twoThreads, shape, output, bytes, true)).toEqual(onePass)
          expectClose(
            step(plainSimd, shape, output, bytes, true),
            step(reference, shape, output, bytes, false),
            2e-5
          )
        })
      }
    }
  }

  it('declines a layer with more units than it keeps accumulators for', () => {
    const network = networkFor(twoThreads, 64, 17, 'softmax', 'cross-entropy')
    const data = dataFor(twoThreads, 3, 64, 17, 'cross-entropy', false)
    const loader = new BatchLoader(twoThreads, data, 3)
    const { targets, rowIndices } = loader.loadTargets(null, 0, 3)
    const workspace = createWorkspace(network, 3)
    expect(
      forwardBackwardInOnePass(network, data.inputs, rowIndices, targets, workspace, {
        l1: 0,
        l2: 0
      })
    ).toBeNull()
  })

  it('trains logistic regression on 3,000-byte rows to the two-pass losses (within 1e-5)', () => {
    const losses = (kernels: Kernels) => {
      const network = networkFor(kernels, 3000, 1, 'sigmoid', 'binary-cross-entropy')
      const trainer = new Trainer({
        network,
        optimizer: createOptimizer({ kind: 'sgd', learningRate: 0.01 }),
        data: dataFor(kernels, 150, 3000, 1, 'binary-cross-entropy', true),
        batchSize: 150,
        shuffle: false,
        rng: new Rng(1),
        regularization: { l1: 0, l2: 0 }
      })
      return Array.from({ length: 20 }, () => trainer.trainEpoch().trainLoss)
    }
    const onePass = losses(twoThreads)
    const twoPass = losses({ ...twoThreads, wideLayerStep: undefined })
    onePass.forEach((loss, epoch) =>
      expect(Math.abs(loss - twoPass[epoch]) / twoPass[epoch]).toBeLessThan(1e-5)
    )
    expect(onePass[19]).toBeLessThan(onePass[0])
  })
})
