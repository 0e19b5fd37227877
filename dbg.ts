import { createOptimizer } from './src/main/engine/optimizers'
import { Rng } from './src/main/engine/rng'
import { Trainer } from './src/main/engine/trainer'
import { createNetwork } from './src/main/engine/network'
import { loadKernels } from './src/main/kernel-host/load-kernels'
const kernels = await loadKernels('f32', { threads: 2 })
const rows = 1600
const rng = new Rng(1)
const inputs = new Float32Array(rows * 2).map(() => rng.uniform(-1, 1))
const targets = new Float32Array(rows).map((_, i) => (inputs[2 * i] * inputs[2 * i + 1] > 0 ? 1 : 0))
const spec = { inputSize: 2, loss: 'binary-cross-entropy' as const, layers: [
  { units: 8, activation: 'tanh' as const, trainable: { weights: true, biases: true } },
  { units: 8, activation: 'tanh' as const, trainable: { weights: true, biases: true } },
  { units: 1, activation: 'sigmoid' as const, trainable: { weights: true, biases: true } }] }
for (const chunk of [1, 26, 256, 1, 26, 256]) {
  const net = createNetwork(spec, kernels, 'xavier', new Rng(2))
  const t = new Trainer({ network: net, optimizer: createOptimizer({ kind: 'sgd', learningRate: 0.03 }), data: { inputs: { rows, cols: 2, data: inputs }, targets: { rows, cols: 1, data: targets }, classification: true }, batchSize: 10, shuffle: true, rng: new Rng(5), l2: 0 })
  for (let e = 0; e < 4; e++) while (!t.trainBatches(chunk).at(-1)!.epochComplete);
  const start = performance.now()
  for (let e = 0; e < 36; e++) while (!(chunk === 1 ? t.trainBatch() : t.trainBatches(chunk).at(-1)!).epochComplete);
  const s = (performance.now() - start) / 1000
  console.log(chunk, Math.round(36 * rows / s))
}
kernels.dispose()
