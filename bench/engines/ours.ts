import { createNetwork } from '../../src/main/engine/network'
import { createOptimizer } from '../../src/main/engine/optimizers'
import { Rng } from '../../src/main/engine/rng'
import { Trainer } from '../../src/main/engine/trainer'
import { createJsKernels } from '../../src/main/engine/tensor/js-kernels'
import { loadKernels } from '../../src/main/kernel-host/load-kernels'
import type { NetworkSpec } from '../../src/shared/model/network'
import { readBenchData, type BenchCase } from '../support/bench-case'
import type { PreparedEngine } from './engine'

/**
 * Our engine as the lab runs it: the real Trainer (batch gather, forward, cost, accuracy,
 * backward, SGD, the finiteness check) on the WASM kernels with `threads` threads, or on the
 * plain TypeScript kernels (`threads` 0).
 */
export async function prepareOurs(benchCase: BenchCase, threads: number): Promise<PreparedEngine> {
  const kernels =
    threads === 0 ? createJsKernels('f32') : await loadKernels('f32', { threads, log: () => {} })
  if (threads > 0 && !kernels.name.startsWith('wasm'))
    throw new Error('the WASM kernels did not load')
  const { inputs, targets } = await readBenchData(benchCase.data)
  const { rows, inputSize, outputs } = benchCase.data
  const trainable = { weights: true, biases: true }
  const spec: NetworkSpec = {
    inputSize,
    loss: benchCase.loss,
    layers: benchCase.layers.map(([units, activation]) => ({ units, activation, trainable }))
  }
  const init = benchCase.layers[0][1] === 'relu' ? 'he' : 'xavier'
  const network = createNetwork(spec, kernels, init, new Rng(1))
  const trainer = new Trainer({
    network,
    optimizer: createOptimizer({ kind: 'sgd', learningRate: benchCase.learningRate }),
    data: {
      inputs: { rows, cols: inputSize, data: inputs },
      targets: { rows, cols: outputs, data: targets },
      classification: true
    },
    batchSize: benchCase.batchSize,
    shuffle: benchCase.shuffle,
    rng: new Rng(2),
    regularization: { l1: 0, l2: 0 }
  })
  return {
    step: () => trainer.trainBatch().size,
    note: kernels.name,
    dispose: () => (kernels as { dispose?: () => void }).dispose?.()
  }
}
