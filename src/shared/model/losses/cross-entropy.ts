import { clipProbability, type LossRecord } from './loss-record'

/** −Σₖ yₖ log aₖ: one class out of several; with softmax, ∂L/∂z = a − y. */
export const crossEntropyRecord = {
  fusedActivation: 'softmax',
  outputs: ['softmax', 'sigmoid'],
  // Outputs with y = 0 add nothing (and no 0 · log 0).
  term: (a, y) => (y === 0 ? 0 : -y * Math.log(clipProbability(a))),
  // ∂L/∂aₖ = −yₖ / aₖ
  gradient: (a, y) => -y / clipProbability(a),
  written: {
    term: (a, y, n) => `-${n.operand(y)} × ln(${n.exact(a)})`,
    gradient: (a, y, n) => `-${n.operand(y)} / ${n.exact(a)}`
  },
  tex: {
    sample: 'J = -\\sum_j y_j \\ln a^{(L)}_j',
    cost: ({ a, samples, overOutputs, ik }) =>
      `J = -${samples} ${overOutputs}y_{${ik}} \\log ${a}_{${ik}}`
  },
  exports: {
    pytorch: {
      fused: {
        docstring:
          'Lᵢ = −Σₖ yₖ log softmax(z)ₖ (cross-entropy).\n\n' +
          'log softmax(z) = z − logsumexp(z) cannot overflow; the gradient is a − y, as in the lab.',
        body: ['return -(targets * torch.log_softmax(logits, dim=1)).sum()']
      },
      plain: {
        docstring: 'Lᵢ = −Σₖ yₖ log aₖ (cross-entropy).',
        clipped: true,
        body: ['return -(targets * torch.log(outputs)).sum()']
      }
    }
  }
} as const satisfies LossRecord
