import type { Network } from './network'
import type { Parameter } from './optimizers/optimizer'
import type { FloatArray } from './tensor/matrix'

/** The network's parameters in a fixed order, W(1), b(1), W(2), b(2), …, for the optimizer. */
export function parameterList(network: Network): Parameter[] {
  return network.layers.flatMap((layer) => [
    {
      values: layer.weights.data,
      gradients: layer.weightGradients.data,
      trainable: layer.trainable.weights
    },
    { values: layer.biases, gradients: layer.biasGradients, trainable: layer.trainable.biases }
  ])
}

/** Copies of every parameter array (same order as `parameterList`). */
export function copyParameters(network: Network): FloatArray[] {
  return copyParametersInto(network, [])
}

/**
 * copyParameters into the arrays of an earlier copy where their lengths still fit (new arrays
 * where not). The trainer keeps each epoch's start this way: a full batch starts an epoch every
 * step, and a fresh copy of 30,000 weights each time took 2 % of a logistic-regression step.
 */
export function copyParametersInto(network: Network, copies: FloatArray[]): FloatArray[] {
  return parameterList(network).map(({ values }, index) => {
    const copy = copies[index]
    if (copy?.length !== values.length) return values.slice()
    copy.set(values)
    return copy
  })
}

/** Writes back arrays taken by `copyParameters` (or loaded from a checkpoint). */
export function restoreParameters(network: Network, saved: readonly ArrayLike<number>[]): void {
  const parameters = parameterList(network)
  if (saved.length !== parameters.length) {
    throw new Error(`expected ${parameters.length} parameter arrays, got ${saved.length}`)
  }
  parameters.forEach(({ values }, index) => {
    if (saved[index].length !== values.length) {
      throw new Error(
        `parameter ${index}: expected ${values.length} values, got ${saved[index].length}`
      )
    }
    values.set(saved[index])
  })
}

/** Number of trainable and total scalar parameters. */
export function parameterCount(network: Network): { total: number; trainable: number } {
  let total = 0
  let trainable = 0
  for (const parameter of parameterList(network)) {
    total += parameter.values.length
    if (parameter.trainable) trainable += parameter.values.length
  }
  return { total, trainable }
}
