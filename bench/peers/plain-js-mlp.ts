import type { ActivationName } from '../../src/shared/model/network'
import { readBenchData, type BenchCase } from '../support/bench-case'
import type { PreparedEngine } from '../engines/engine'

/**
 * The plain-JavaScript peer: the MLP a careful programmer writes without a kernel layer, in
 * Float32Arrays with contiguous inner loops: Z = A·Wᵀ + b, softmax or sigmoid output with
 * cross-entropy (δ = a − y), δ_prev = δ·W ⊙ f′, W ← W − (η/m) δᵀ·A. No shared code with the lab.
 */
export async function preparePlainJs(benchCase: BenchCase): Promise<PreparedEngine> {
  const { inputs, targets } = await readBenchData(benchCase.data)
  const { rows, inputSize, outputs } = benchCase.data
  const batch = Math.min(benchCase.batchSize, rows)
  const sizes = [inputSize, ...benchCase.layers.map(([units]) => units)]
  const activations = benchCase.layers.map(([, activation]) => activation)
  let seed = 1
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5) * 0.1
  const weights = sizes
    .slice(1)
    .map((units, l) => Float32Array.from({ length: units * sizes[l] }, random))
  const biases = sizes.slice(1).map((units) => new Float32Array(units))
  const a = sizes.map((units) => new Float32Array(batch * units))
  const delta = sizes.map((units) => new Float32Array(batch * units))
  const y = new Float32Array(batch * outputs)
  const order = Int32Array.from({ length: rows }, (_, i) => i)
  let next = rows

  const step = (): number => {
    if (next >= rows) {
      if (benchCase.shuffle) shuffle(order)
      next = 0
    }
    const m = Math.min(batch, rows - next)
    for (let i = 0; i < m; i++) {
      const row = order[next + i]
      a[0].set(inputs.subarray(row * inputSize, (row + 1) * inputSize), i * inputSize)
      y.set(targets.subarray(row * outputs, (row + 1) * outputs), i * outputs)
    }
    next += m
    for (let l = 0; l < weights.length; l++) {
      forwardLayer(a[l], weights[l], biases[l], a[l + 1], m, sizes[l], sizes[l + 1], activations[l])
    }
    const last = weights.length
    for (let i = 0; i < m * outputs; i++) delta[last][i] = a[last][i] - y[i]
    for (let l = last - 1; l >= 0; l--) {
      if (l > 0)
        backwardDelta(
          delta[l + 1],
          weights[l],
          a[l],
          delta[l],
          m,
          sizes[l],
          sizes[l + 1],
          activations[l - 1]
        )
      update(
        delta[l + 1],
        a[l],
        weights[l],
        biases[l],
        m,
        sizes[l],
        sizes[l + 1],
        benchCase.learningRate
      )
    }
    return m
  }
  return { step }
}

function forwardLayer(
  input: Float32Array,
  w: Float32Array,
  b: Float32Array,
  out: Float32Array,
  m: number,
  inputs: number,
  units: number,
  activation: ActivationName
): void {
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < units; j++) {
      let sum = b[j]
      for (let p = 0; p < inputs; p++) sum += input[i * inputs + p] * w[j * inputs + p]
      out[i * units + j] = sum
    }
    const row = out.subarray(i * units, (i + 1) * units)
    if (activation === 'softmax') {
      let max = -Infinity
      for (let j = 0; j < units; j++) max = Math.max(max, row[j])
      let total = 0
      for (let j = 0; j < units; j++) total += row[j] = Math.exp(row[j] - max)
      for (let j = 0; j < units; j++) row[j] /= total
    } else {
      for (let j = 0; j < units; j++) row[j] = activate(row[j], activation)
    }
  }
}

function activate(z: number, activation: ActivationName): number {
  if (activation === 'relu') return z > 0 ? z : 0
  if (activation === 'tanh') return Math.tanh(z)
  if (activation === 'sigmoid') return 1 / (1 + Math.exp(-z))
  return z
}

/** δ_prev = δ·W ⊙ f′(a_prev), with f′ written in terms of the activation a. */
function backwardDelta(
  delta: Float32Array,
  w: Float32Array,
  a: Float32Array,
  out: Float32Array,
  m: number,
  inputs: number,
  units: number,
  activation: ActivationName
): void {
  out.fill(0, 0, m * inputs)
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < units; j++) {
      const d = delta[i * units + j]
      for (let p = 0; p < inputs; p++) out[i * inputs + p] += d * w[j * inputs + p]
    }
    for (let p = 0; p < inputs; p++) {
      const value = a[i * inputs + p]
      const slope =
        activation === 'relu'
          ? value > 0
            ? 1
            : 0
          : activation === 'tanh'
            ? 1 - value * value
            : value * (1 - value)
      out[i * inputs + p] *= slope
    }
  }
}

/** W ← W − (η/m) δᵀ·A, b ← b − (η/m) Σᵢ δᵢ. */
function update(
  delta: Float32Array,
  a: Float32Array,
  w: Float32Array,
  b: Float32Array,
  m: number,
  inputs: number,
  units: number,
  learningRate: number
): void {
  const rate = learningRate / m
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < units; j++) {
      const d = rate * delta[i * units + j]
      b[j] -= d
      for (let p = 0; p < inputs; p++) w[j * inputs + p] -= d * a[i * inputs + p]
    }
  }
}

function shuffle(order: Int32Array): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
}
