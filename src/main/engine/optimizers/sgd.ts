import type { Optimizer, Parameter } from './optimizer'

/** Plain gradient descent: θ ← θ − η ∂J/∂θ. */
export function createSgd(learningRate: number): Optimizer {
  let step = 0
  return {
    step(parameters: readonly Parameter[]) {
      step++
      for (const { values, gradients, trainable } of parameters) {
        if (!trainable) continue
        for (let i = 0; i < values.length; i++) values[i] -= learningRate * gradients[i]
      }
    },
    getState: () => ({ step, slots: [] }),
    setState(state) {
      step = state.step
    }
  }
}
