import { SlotStore, type Optimizer, type Parameter } from './optimizer'

/**
 * Gradient descent with (heavy-ball) momentum, in the form PyTorch's SGD uses:
 *   v ← μ v + ∂J/∂θ,   θ ← θ − η v
 * Paper: Polyak 1964; Sutskever et al. 2013, "On the importance of initialization and momentum".
 */
export function createMomentum(learningRate: number, momentum: number): Optimizer {
  let step = 0
  const store = new SlotStore(1)
  return {
    step(parameters: readonly Parameter[]) {
      step++
      parameters.forEach((parameter, index) => {
        if (!parameter.trainable) return
        const { values, gradients } = parameter
        const [velocity] = store.for(index, parameter)
        for (let i = 0; i < values.length; i++) {
          velocity[i] = momentum * velocity[i] + gradients[i]
          values[i] -= learningRate * velocity[i]
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
