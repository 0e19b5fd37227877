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
    step(parameters: readonly Parameter[]) {
      step++
      const firstCorrection = 1 - Math.pow(beta1, step)
      const secondCorrection = 1 - Math.pow(beta2, step)
      parameters.forEach((parameter, index) => {
        if (!parameter.trainable) return
        const { values, gradients } = parameter
        const [firstMoment, secondMoment] = store.for(index, parameter)
        for (let i = 0; i < values.length; i++) {
          const gradient = gradients[i]
          firstMoment[i] = beta1 * firstMoment[i] + (1 - beta1) * gradient
          secondMoment[i] = beta2 * secondMoment[i] + (1 - beta2) * gradient * gradient
          const correctedFirst = firstMoment[i] / firstCorrection
          const correctedSecond = secondMoment[i] / secondCorrection
          values[i] -= (learningRate * correctedFirst) / (Math.sqrt(correctedSecond) + epsilon)
        }
      })
    },
    getState: () => ({ step, slots: store.snapshot() }),
    setState(state) {
      step = state.step
      store.restore(state.slots)
    }
  }
}
