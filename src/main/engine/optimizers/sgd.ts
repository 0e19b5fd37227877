import type { Kernels } from '../tensor/kernels'
import type { Optimizer, Parameter } from './optimizer'

/** Plain gradient descent: θ ← θ − η ∂J/∂θ. */
export function createSgd(learningRate: number): Optimizer {
  let step = 0
  return {
    learningRate,
    step(parameters: readonly Parameter[], kernels: Kernels) {
      step++
      let finite = true
      for (const { values, gradients, trainable } of parameters) {
        // θ ← θ + (−η) g
        if (trainable) finite = kernels.addScaled(values, gradients, -this.learningRate) && finite
      }
      return finite
    },
    rule() {
      return { kind: 'sgd', learningRate: this.learningRate }
    },
    advance(steps) {
      step += steps
    },
    getState: () => ({ step, slots: [] }),
    setState(state) {
      step = state.step
    }
  }
}
