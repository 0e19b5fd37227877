import type { ModelFile } from '../../../../src/shared/model/model-file'

/**
 * The tests' own forward pass, written from CONTRACTS.md section 1 with plain loops:
 * z(l)ⱼ = Σₖ W(l)ⱼₖ a(l−1)ₖ + b(l)ⱼ, a(l) = f(z(l)). It shares no code with the engine.
 */
export function referenceForward(
  model: ModelFile,
  input: readonly number[]
): { z: number[]; a: number[] }[] {
  let previous = [...input]
  return model.layers.map((layer) => {
    const z = layer.weights!.map((row, j) =>
      row.reduce((sum, w, k) => sum + w * previous[k], layer.biases![j])
    )
    const a = activate(layer.activation, z)
    previous = a
    return { z, a }
  })
}

function activate(activation: string, z: number[]): number[] {
  switch (activation) {
    case 'relu':
      return z.map((v) => (v > 0 ? v : 0))
    case 'sigmoid':
      return z.map((v) => 1 / (1 + Math.exp(-v)))
    case 'tanh':
      return z.map((v) => Math.tanh(v))
    case 'linear':
      return [...z]
    case 'softmax': {
      const top = Math.max(...z)
      const exps = z.map((v) => Math.exp(v - top))
      const sum = exps.reduce((s, v) => s + v, 0)
      return exps.map((v) => v / sum)
    }
    default:
      throw new Error(`the reference forward pass has no ${activation}`)
  }
}

/** The reference's predicted class: the largest output, or for one unit 1 from 0.5 up. */
export function referenceClass(outputs: readonly number[]): number {
  if (outputs.length === 1) return outputs[0] >= 0.5 ? 1 : 0
  return outputs.indexOf(Math.max(...outputs))
}

/** x' = (x − mean) / std per feature. */
export function standardized(
  input: readonly number[],
  mean: readonly number[],
  std: readonly number[]
): number[] {
  return input.map((x, j) => (x - mean[j]) / std[j])
}
