import type { LossRecord } from './loss-record'

/** ½‖a − y‖²: regression; with a linear output, ∂L/∂z = a − y. */
export const halfSquaredErrorRecord = {
  fusedActivation: 'linear',
  outputs: 'any',
  term: (a, y) => {
    const difference = a - y
    return 0.5 * difference * difference
  },
  // ∂/∂a ½(a − y)² = a − y
  gradient: (a, y) => a - y,
  written: {
    term: (a, y, n) => `½ × (${n.exact(a)} - ${n.exact(y)})²`,
    gradient: (a, y, n) => `${n.exact(a)} - ${n.exact(y)}`
  },
  tex: {
    sample: 'J = \\sum_j \\tfrac12 \\big(a^{(L)}_j - y_j\\big)^2',
    cost: ({ a, samples }) =>
      `J = ${samples} \\tfrac{1}{2} \\left\\lVert ${a}_{i} - y_{i} \\right\\rVert^{2}`
  },
  exports: {
    pytorch: {
      fused: null,
      plain: {
        docstring: 'Lᵢ = ½ ‖a − y‖² (half squared error), a = f(z) the output activations.',
        clipped: false,
        body: ['return 0.5 * ((outputs - targets) ** 2).sum()']
      }
    }
  }
} as const satisfies LossRecord
