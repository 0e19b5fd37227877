import type { Kernels } from '../tensor/kernels'
import { SlotStore, type Optimizer, type Parameter } from './optimizer'

/**
 * Adam: per-parameter step sizes from running moments of the gradient g = ∂J/∂θ.
 *   t ← t + 1
 *   m ← β₁ m + (1 − β₁) g          v ← β₂ v + (1 − β₂) g²
 *   m̂ = m / (1 − β₁ᵗ)              v̂ = v / (1 − β₂ᵗ)
 *   θ ← θ − η m̂ / (√v̂ + ε)
 * Paper: Kingma & Ba 2015, "Adam: A Method for Stochastic Optimization".
 */
export function createAdam(
  learningRate: number,
  beta1: number,
  beta2: number,
  epsilon: number
): Optimizer {
  let step = 0
  const store = new SlotStore(2)
  return {
    learningRate,
    step(parameters: readonly Parameter[], kernels: Kernels) {
      step++
      const settings = { learningRate: this.learningRate, beta1, beta2, epsilon, step }
      let finite = true
      parameters.forEach((parameter, index) => {
        if (!parameter.trainable) return
        const [firstMoment, secondMoment] = store.for(index, parameter, kernels)
        const { values, gradients } = parameter
        finite = kernels.adamStep(values, gradients, firstMoment, secondMoment, settings) && finite
      })
      return finite
    },
    rule(parameters, kernels) {
      return {
        kind: 'adam',
        learningRate: this.learningRate,
        beta1,
        beta2,
        epsilon,
        step,
        slots: store.all(parameters, kernels)
      }
    },
    advance(steps) {
      step += steps
    },
    getState: () => ({ step, slots: store.snapshot() }),
    setState(state) {
      step = state.step
      store.restore(state.slots)
    }
  }
}
