import type { Kernels } from '../tensor/kernels'
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
    learningRate,
    step(parameters: readonly Parameter[], kernels: Kernels) {
      step++
      let finite = true
      parameters.forEach((parameter, index) => {
        if (!parameter.trainable) return
        const [velocity] = store.for(index, parameter, kernels)
        const { values, gradients } = parameter
        finite =
          kernels.momentumStep(values, gradients, velocity, this.learningRate, momentum) && finite
      })
      return finite
    },
    rule(parameters, kernels) {
      return {
        kind: 'momentum',
        learningRate: this.learningRate,
        momentum,
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
