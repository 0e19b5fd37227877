import { readBenchData, type BenchCase } from '../support/bench-case'
import type { PreparedEngine } from '../engines/engine'

/** Samples handed to one brain.js `train` call. */
const CHUNK = 256

interface BrainNetwork {
  train(data: { input: number[]; output: number[] }[], options: object): unknown
}

/**
 * brain.js (npm) with the same layer sizes and hidden activation. brain.js has its own model: it
 * trains sample by sample (no batches) with sigmoid outputs and squared error, so this measures
 * its training loop, not the same mathematics; each step trains one pass over CHUNK samples.
 */
export async function prepareBrain(benchCase: BenchCase): Promise<PreparedEngine> {
  const brain = (await import('brain.js')).default as unknown as {
    NeuralNetwork: new (options: object) => BrainNetwork
  }
  const { inputs, targets } = await readBenchData(benchCase.data)
  const { rows, inputSize, outputs } = benchCase.data
  const samples = Array.from({ length: rows }, (_, row) => ({
    input: Array.from(inputs.subarray(row * inputSize, (row + 1) * inputSize)),
    output: Array.from(targets.subarray(row * outputs, (row + 1) * outputs))
  }))
  const hidden = benchCase.layers.slice(0, -1)
  const network = new brain.NeuralNetwork({
    hiddenLayers: hidden.map(([units]) => units),
    activation: hidden[0]?.[1] === 'relu' ? 'relu' : hidden[0]?.[1] === 'tanh' ? 'tanh' : 'sigmoid',
    learningRate: benchCase.learningRate
  })
  const options = { iterations: 1, errorThresh: 1e-9, log: false }
  let next = 0
  const step = (): number => {
    if (next >= rows) next = 0
    const chunk = samples.slice(next, next + CHUNK)
    next += chunk.length
    network.train(chunk, options)
    return chunk.length
  }
  return { step, note: 'brain.js: per-sample SGD, sigmoid outputs, squared error' }
}
