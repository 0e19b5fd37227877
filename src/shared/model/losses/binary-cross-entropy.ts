import { clipProbability, type LossRecord } from './loss-record'

/** −Σₖ [y log a + (1 − y) log(1 − a)]: independent yes/no outputs; with sigmoid, ∂L/∂z = a − y. */
export const binaryCrossEntropyRecord = {
  fusedActivation: 'sigmoid',
  outputs: ['sigmoid', 'softmax'],
  term: (a, y) => {
    const p = clipProbability(a)
    return -(y * Math.log(p) + (1 - y) * Math.log(1 - p))
  },
  // ∂L/∂a = −y/a + (1 − y)/(1 − a) = (a − y) / (a (1 − a))
  gradient: (a, y) => {
    const p = clipProbability(a)
    return (p - y) / (p * (1 - p))
  },
  written: {
    term: (a, y, n) =>
      `-[${n.exact(y)} × ln(${n.exact(a)}) + (1 - ${n.exact(y)}) × ln(1 - ${n.exact(a)})]`,
    gradient: (a, y, n) => `(${n.exact(a)} - ${n.exact(y)}) / (${n.exact(a)} × (1 - ${n.exact(a)}))`
  },
  tex: {
    sample: 'J = -\\sum_j \\big[y_j \\ln a^{(L)}_j + (1 - y_j) \\ln\\big(1 - a^{(L)}_j\\big)\\big]',
    cost: ({ a, samples, overOutputs, ik }) =>
      `J = ${samples} ${overOutputs}-\\left[ y_{${ik}} \\log ${a}_{${ik}} + \\left(1 - y_{${ik}}\\right) \\log\\left(1 - ${a}_{${ik}}\\right) \\right]`
  },
  exports: {
    pytorch: {
      fused: {
        docstring:
          'Lᵢ = −Σₖ [y log a + (1 − y) log(1 − a)], a = σ(z) (binary cross-entropy).\n\n' +
          'Written in z as max(z, 0) − y z + log(1 + e^(−|z|)), which cannot overflow; its gradient\n' +
          'is a − y, as in the lab.',
        body: [
          'return nn.functional.binary_cross_entropy_with_logits(logits, targets, reduction="sum")'
        ]
      },
      plain: {
        docstring: 'Lᵢ = −Σₖ [y log a + (1 − y) log(1 − a)] (binary cross-entropy).',
        clipped: true,
        body: [
          'return -(targets * torch.log(outputs) + (1 - targets) * torch.log(1 - outputs)).sum()'
        ]
      }
    }
  }
} as const satisfies LossRecord
