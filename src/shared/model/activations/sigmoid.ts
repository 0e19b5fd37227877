import { onnxNode, type ElementwiseRecord } from './activation-record'

/** σ(z) = 1 / (1 + e^(−z)), computed without overflow for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z))
  const ez = Math.exp(z)
  return ez / (1 + ez)
}

/** The logistic sigmoid: a squashing function onto (0, 1), a probability for one output. */
export const sigmoidRecord = {
  kind: 'elementwise',
  placement: 'any',
  settings: [],
  value: sigmoid,
  // σ′(z) = σ(z)(1 − σ(z)) = a(1 − a)
  slope: (_z, a) => a * (1 - a),
  init: 'xavier',
  diagnosis: 'squashing',
  range: [0, 1],
  written: {
    value: (z, _settings, n) => `σ(${n.exact(z)})`,
    slope: (_z, a, _settings, n) => `${n.exact(a)} × (1 - ${n.exact(a)})`
  },
  tex: {
    symbol: '\\sigma',
    definition: () => '\\sigma(z) = \\dfrac{1}{1 + e^{-z}}',
    derivative: "\\sigma'(z) = \\sigma(z)\\,\\big(1 - \\sigma(z)\\big)"
  },
  exports: {
    onnx: () => onnxNode('Sigmoid', 'z'),
    tfjs: () => ({ activation: 'sigmoid', after: null }),
    pytorch: (z) => `torch.sigmoid(${z})`,
    numpy: {
      helper: `def sigmoid(z):
    """σ(z) = 1 / (1 + e^(-z)), computed as e^(-log(1 + e^(-z))) so large |z| cannot overflow."""
    return np.exp(-np.logaddexp(0.0, -z))`,
      call: (z) => `sigmoid(${z})`
    }
  }
} as const satisfies ElementwiseRecord
