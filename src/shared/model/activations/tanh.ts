import { onnxNode, type ElementwiseRecord } from './activation-record'

/** The hyperbolic tangent: a squashing function onto (−1, 1), zero-centred. */
export const tanhRecord = {
  kind: 'elementwise',
  placement: 'any',
  settings: [],
  value: Math.tanh,
  // tanh′(z) = 1 − tanh²(z) = 1 − a²
  slope: (_z, a) => 1 - a * a,
  init: 'xavier',
  diagnosis: 'squashing',
  range: [-1, 1],
  written: {
    value: (z, _settings, n) => `tanh(${n.exact(z)})`,
    slope: (_z, a, _settings, n) => `1 - ${n.operand(a)}²`
  },
  tex: {
    symbol: '\\tanh',
    definition: () => '\\tanh(z) = \\dfrac{e^{z} - e^{-z}}{e^{z} + e^{-z}}',
    derivative: "\\tanh'(z) = 1 - \\tanh^{2}(z)"
  },
  exports: {
    onnx: () => onnxNode('Tanh', 'z'),
    tfjs: () => ({ activation: 'tanh', after: null }),
    pytorch: (z) => `torch.tanh(${z})`,
    numpy: { helper: null, call: (z) => `np.tanh(${z})` }
  }
} as const satisfies ElementwiseRecord
