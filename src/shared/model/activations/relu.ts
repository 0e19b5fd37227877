import { onnxNode, type ElementwiseRecord, type NumberWriter } from './activation-record'

/** `0.3 > 0` or `-1.2 ≤ 0`: which side of the kink z is on, which decides a rectifier's slope. */
export function sideOfZero(z: number, n: NumberWriter): string {
  return `${n.exact(z)} ${z > 0 ? '>' : '≤'} 0`
}

/** The rectified linear unit max(0, z); its slope at exactly z = 0 is 0 (CONTRACTS.md section 1). */
export const reluRecord = {
  kind: 'elementwise',
  placement: 'any',
  settings: [],
  value: (z) => (z > 0 ? z : 0),
  // relu′(z) = 1 for z > 0, else 0 (0 at exactly z = 0)
  slope: (z) => (z > 0 ? 1 : 0),
  init: 'he',
  diagnosis: 'rectifier',
  range: [0, Infinity],
  written: {
    value: (z, _settings, n) => `max(0, ${n.exact(z)})`,
    slope: (z, _a, _settings, n) => sideOfZero(z, n)
  },
  tex: {
    symbol: '\\operatorname{ReLU}',
    definition: () => '\\operatorname{ReLU}(z) = \\max(0, z)',
    derivative: "\\operatorname{ReLU}'(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}"
  },
  exports: {
    onnx: () => onnxNode('Relu', 'z'),
    tfjs: () => ({ activation: 'relu', after: null }),
    pytorch: (z) => `torch.relu(${z})`,
    numpy: {
      helper: `def relu(z):
    """max(0, z)."""
    return np.maximum(z, 0.0)`,
      call: (z) => `relu(${z})`
    }
  }
} as const satisfies ElementwiseRecord
