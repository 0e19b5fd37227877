import { readFile } from 'node:fs/promises'
import { byteConversion, type InputRows } from '../../src/main/engine/data-rows'
import { createNetwork } from '../../src/main/engine/network'
import { createOptimizer } from '../../src/main/engine/optimizers'
import { Rng } from '../../src/main/engine/rng'
import { Trainer } from '../../src/main/engine/trainer'
import { createJsKernels } from '../../src/main/engine/tensor/js-kernels'
import type { Kernels } from '../../src/main/engine/tensor/kernels'
import { loadKernels } from '../../src/main/kernel-host/load-kernels'
import { EpochInternalsRecorder } from '../../src/main/worker/epoch-internals'
import type { NetworkSpec } from '../../src/shared/model/network'
import { readBenchData, type BenchCase } from '../support/bench-case'
import type { PreparedEngine } from './engine'

/**
 * Our engine as the lab's worker runs it: the real Trainer (batch gather, forward, cost,
 * accuracy, backward, SGD, the finiteness check) on the WASM kernels with `threads` threads, or
 * on the plain TypeScript kernels (`threads` 0); images trained from their pixel bytes as the lab
 * stores them; batches taken as the worker takes them (whole chunks for a tiny network, up to
 * the next batch whose gradient norms it samples, and those norms taken). `sparseDensityLimit` 0
 * keeps the first layer dense on pixel bytes (the engine before it skipped zero bytes).
 */
export async function prepareOurs(
  benchCase: BenchCase,
  threads: number,
  sparseDensityLimit?: number
): Promise<PreparedEngine> {
  const kernels =
    threads === 0
      ? createJsKernels('f32')
      : await loadKernels('f32', { threads, sparseDensityLimit, log: () => {} })
  if (threads > 0 && !kernels.name.startsWith('wasm'))
    throw new Error('the WASM kernels did not load')
  const { rows, inputSize, outputs } = benchCase.data
  const trainable = { weights: true, biases: true }
  const spec: NetworkSpec = {
    inputSize,
    loss: benchCase.loss,
    layers: benchCase.layers.map(([units, activation]) => ({ units, activation, trainable }))
  }
  const init = benchCase.layers[0][1] === 'relu' ? 'he' : 'xavier'
  const network = createNetwork(spec, kernels, init, new Rng(1))
  const { inputs, targets } = await inputsOf(benchCase, kernels)
  const trainer = new Trainer({
    network,
    optimizer: createOptimizer({ kind: 'sgd', learningRate: benchCase.learningRate }),
    data: { inputs, targets: { rows, cols: outputs, data: targets }, classification: true },
    batchSize: benchCase.batchSize,
    shuffle: benchCase.shuffle,
    rng: new Rng(2),
    regularization: { l1: 0, l2: 0 }
  })
  const internals = new EpochInternalsRecorder(network, Infinity, benchCase.batchSize)
  return {
    step: () => {
      const limit = internals.batchesUntilSampled(trainer.batchesIntoEpoch)
      let samples = 0
      for (const result of trainer.trainBatches(limit)) {
        internals.afterBatch(result.batch)
        if (result.epochResult) internals.finishEpoch(result.epoch)
        samples += result.size
      }
      return samples
    },
    note: kernels.name,
    dispose: () => (kernels as { dispose?: () => void }).dispose?.()
  }
}

/** The case's inputs as the lab holds them: pixel bytes in the kernels' memory, else floats. */
async function inputsOf(
  benchCase: BenchCase,
  kernels: Kernels
): Promise<{ inputs: InputRows; targets: Float32Array }> {
  const { rows, inputSize: cols } = benchCase.data
  const { inputs, targets } = await readBenchData(benchCase.data)
  if (!benchCase.data.bytes) return { inputs: { rows, cols, data: inputs }, targets }
  const pixels = await readFile(benchCase.data.bytes)
  const bytes = kernels.bytes(pixels.length)
  bytes.set(pixels)
  const conversion = byteConversion(null, cols)
  const [scale, offset] = [kernels.vector(cols), kernels.vector(cols)]
  scale.set(conversion.scale)
  offset.set(conversion.offset)
  return { inputs: { rows, cols, bytes, scale, offset }, targets }
}
