import { readFileSync } from 'node:fs'

/** The parts of a `*.model.json` (CONTRACTS.md section 2) these tests compute with. */
export interface ModelJson {
  inputSize: number
  layers: {
    units: number
    activation: string
    weights: number[][]
    biases: number[]
    alpha?: number
    approximate?: 'none' | 'tanh'
  }[]
  loss: string
  classes?: string[]
  preprocessing?:
    | { kind: 'standardize'; mean: number[]; std: number[] }
    | { kind: 'minmax'; min: number[]; max: number[] }
    | { kind: 'scale'; factor: number }
  [field: string]: unknown
}

/** Reads a model file as plain JSON. */
export function readModelJson(path: string): ModelJson {
  return JSON.parse(readFileSync(path, 'utf8')) as ModelJson
}

/** What the contract says the model's preprocessing does to one raw row. */
function preprocess(model: ModelJson, row: readonly number[]): number[] {
  const p = model.preprocessing
  if (!p) return [...row]
  if (p.kind === 'standardize') return row.map((x, j) => (x - p.mean[j]) / p.std[j])
  if (p.kind === 'minmax')
    return row.map((x, j) => (p.max[j] === p.min[j] ? 0 : (x - p.min[j]) / (p.max[j] - p.min[j])))
  return row.map((x) => x * p.factor)
}

/**
 * Φ(z) = ½ + ∫₀ᶻ φ(t) dt by Simpson's rule on 4000 panels (error about 1e-13), independent of
 * how the lab computes it.
 */
export function normalCdfBySimpson(z: number): number {
  const density = (t: number) => Math.exp(-0.5 * t * t) / Math.sqrt(2 * Math.PI)
  const panels = 4000
  const h = z / panels
  let sum = density(0) + density(z)
  for (let i = 1; i < panels; i++) sum += (i % 2 === 1 ? 4 : 2) * density(i * h)
  return 0.5 + (h / 3) * sum
}

/** f(z) for one layer's pre-activations (softmax over the whole row). */
function activate(
  activation: string,
  z: number[],
  alpha = 0.01,
  approximate: 'none' | 'tanh' = 'none'
): number[] {
  switch (activation) {
    case 'sigmoid':
      return z.map((v) => 1 / (1 + Math.exp(-v)))
    case 'tanh':
      return z.map(Math.tanh)
    case 'relu':
      return z.map((v) => Math.max(0, v))
    case 'leaky-relu':
      return z.map((v) => (v > 0 ? v : alpha * v))
    case 'gelu':
      // z Φ(z), or ½ z (1 + tanh(√(2/π)(z + 0.044715 z³)))
      return approximate === 'none'
        ? z.map((v) => v * normalCdfBySimpson(v))
        : z.map((v) => 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v ** 3))))
    case 'silu':
      return z.map((v) => v / (1 + Math.exp(-v)))
    case 'linear':
      return z
    case 'softmax': {
      const top = Math.max(...z)
      const exps = z.map((v) => Math.exp(v - top))
      const sum = exps.reduce((a, b) => a + b, 0)
      return exps.map((v) => v / sum)
    }
    default:
      throw new Error(`unknown activation ${activation}`)
  }
}

/**
 * The model's outputs for raw rows, computed straight from CONTRACTS.md section 1 in Float64:
 * preprocessing, then a(l) = f(W(l) a(l−1) + b(l)) with row j of W holding the weights into unit j.
 */
export function forwardRows(model: ModelJson, rows: readonly (readonly number[])[]): number[][] {
  return rows.map((row) =>
    model.layers.reduce(
      (a, layer) =>
        activate(
          layer.activation,
          layer.weights.map((w, j) => w.reduce((sum, wk, k) => sum + wk * a[k], layer.biases[j])),
          layer.alpha,
          layer.approximate
        ),
      preprocess(model, row)
    )
  )
}

/** J over a batch for the contract's costs (L2 left out). */
export function costOf(
  model: ModelJson,
  rows: readonly (readonly number[])[],
  targets: readonly (readonly number[])[]
): number {
  const outputs = forwardRows(model, rows)
  const total = outputs.reduce((sum, a, i) => {
    const y = targets[i]
    if (model.loss === 'cross-entropy')
      return sum - a.reduce((s, ak, k) => s + y[k] * Math.log(ak), 0)
    if (model.loss === 'binary-cross-entropy') {
      return (
        sum - a.reduce((s, ak, k) => s + y[k] * Math.log(ak) + (1 - y[k]) * Math.log(1 - ak), 0)
      )
    }
    return sum + a.reduce((s, ak, k) => s + 0.5 * (ak - y[k]) ** 2, 0)
  }, 0)
  return total / rows.length
}

/** Index of the largest value (the predicted class; one sigmoid unit: 1 when above 0.5). */
export function predictedClass(outputs: readonly number[]): number {
  if (outputs.length === 1) return outputs[0] > 0.5 ? 1 : 0
  return outputs.indexOf(Math.max(...outputs))
}
