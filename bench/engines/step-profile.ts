/**
 * Where the time of one training step goes: our Trainer on the MNIST MLP (784-128-64-10, batch
 * from the command line) with every kernel call timed, by kernel and by GEMM shape; what is left
 * of the step is the engine's own JavaScript (loss, accuracy, bookkeeping). Prints one JSON line:
 * { batchSize, threads, stepMicroseconds, parts: [{ part, microseconds }] }. An optional fifth
 * argument is the kernels' sparse density limit (0: the first layer always dense).
 *   node --import tsx bench/engines/step-profile.ts 64 2 (MNIST bytes file) (targets file) [limit]
 */
import { readFileSync } from 'node:fs'
import { createNetwork } from '../../src/main/engine/network'
import { createOptimizer } from '../../src/main/engine/optimizers'
import { Rng } from '../../src/main/engine/rng'
import { Trainer } from '../../src/main/engine/trainer'
import type { Kernels } from '../../src/main/engine/tensor/kernels'
import type { Matrix } from '../../src/main/engine/tensor/matrix'
import { loadKernels } from '../../src/main/kernel-host/load-kernels'
import { byteConversion } from '../../src/main/engine/data-rows'

const [batchArgument, threadArgument, bytesFile, targetsFile, limitArgument] = process.argv.slice(2)
const batchSize = Number(batchArgument)
const kernels = await loadKernels('f32', {
  threads: Number(threadArgument),
  log: () => {},
  sparseDensityLimit: limitArgument === undefined ? undefined : Number(limitArgument)
})
const spent = new Map<string, number>()
const shape = (m: Matrix, transposed: boolean) =>
  transposed ? `${m.cols}×${m.rows}ᵀ` : `${m.rows}×${m.cols}`

/** The kernels with every call timed into `spent`. */
const timed = new Proxy(kernels, {
  get(target, key: string) {
    const value = (target as unknown as Record<string, unknown>)[key]
    if (typeof value !== 'function' || ['matrix', 'vector', 'bytes', 'rowIndices'].includes(key)) {
      return typeof value === 'function' ? value.bind(target) : value
    }
    return (...args: unknown[]) => {
      const start = performance.now()
      const result = (value as (...a: unknown[]) => unknown).apply(target, args)
      const elapsed = performance.now() - start
      const part =
        key === 'gemm'
          ? `gemm ${shape(args[0] as Matrix, args[1] as boolean)} · ${shape(args[2] as Matrix, args[3] as boolean)}`
          : key
      spent.set(part, (spent.get(part) ?? 0) + elapsed)
      return result
    }
  }
}) as Kernels

const pixels = readFileSync(bytesFile)
const rows = pixels.length / 784
const bytes = kernels.bytes(pixels.length)
bytes.set(pixels)
const conversion = byteConversion(null, 784)
const [scale, offset] = [kernels.vector(784), kernels.vector(784)]
scale.set(conversion.scale)
offset.set(conversion.offset)
const targetValues = new Float32Array(readFileSync(targetsFile).buffer.slice(0))
const targets = kernels.matrix(rows, 10)
targets.data.set(targetValues)
const trainable = { weights: true, biases: true }
const network = createNetwork(
  {
    inputSize: 784,
    loss: 'cross-entropy',
    layers: [
      { units: 128, activation: 'relu', trainable },
      { units: 64, activation: 'relu', trainable },
      { units: 10, activation: 'softmax', trainable }
    ]
  },
  timed,
  'he',
  new Rng(1)
)
const trainer = new Trainer({
  network,
  optimizer: createOptimizer({ kind: 'sgd', learningRate: 0.05 }),
  data: { inputs: { rows, cols: 784, bytes, scale, offset }, targets, classification: true },
  batchSize,
  shuffle: true,
  rng: new Rng(2),
  regularization: { l1: 0, l2: 0 }
})
for (let step = 0; step < 300; step++) trainer.trainBatch()
spent.clear()
let steps = 0
const start = performance.now()
while (performance.now() - start < 3000) {
  trainer.trainBatch()
  steps++
}
const total = performance.now() - start
const kernelTime = [...spent.values()].reduce((sum, value) => sum + value, 0)
spent.set('JavaScript between kernels (loss, accuracy, bookkeeping, timing)', total - kernelTime)
const parts = [...spent.entries()]
  .map(([part, milliseconds]) => ({ part, microseconds: (1000 * milliseconds) / steps }))
  .sort((a, b) => b.microseconds - a.microseconds)
process.stdout.write(
  `${JSON.stringify({ batchSize, threads: Number(threadArgument), stepMicroseconds: (1000 * total) / steps, parts })}\n`
)
kernels.dispose()
