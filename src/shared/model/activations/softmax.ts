import type { RowwiseRecord } from './activation-record'

/**
 * softmax(z)ₖ = e^(zₖ) / Σⱼ e^(zⱼ) over a row of output units: class probabilities. Its
 * derivative couples every unit of the row, so δ comes from the fused a − y of cross-entropy.
 */
export const softmaxRecord = {
  kind: 'row-wise',
  placement: 'output',
  settings: [],
  init: 'xavier',
  diagnosis: null,
  range: [0, 1],
  written: (z, row, n) => {
    const top = Math.max(...row)
    const sum = row.reduce((total, value) => total + Math.exp(value - top), 0)
    return `exp(${n.operand(z)} - ${n.operand(top)}) / ${n.exact(sum)}`
  },
  tex: {
    symbol: '\\operatorname{softmax}',
    definition: (units) =>
      `\\operatorname{softmax}(z)_k = \\frac{e^{z_k}}{\\sum_{j=1}^{${units}} e^{z_j}}`
  },
  exports: {
    // Softmax over the units of each sample (axis 1 of [N, units]).
    onnx: () => ({ op: 'Softmax', inputs: ['z'], attributes: [{ name: 'axis', int: 1 }] }),
    tfjs: () => ({ activation: 'softmax', after: null }),
    pytorch: (z) => `torch.softmax(${z}, dim=1)`,
    numpy: {
      helper: `def softmax(z):
    """softmax(z)_k = e^(z_k - max z) / sum_j e^(z_j - max z), row by row (the shift avoids overflow)."""
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)`,
      call: (z) => `softmax(${z})`
    }
  }
} as const satisfies RowwiseRecord
