import { onnxNode, type ElementwiseRecord } from './activation-record'
import { sigmoid } from './sigmoid'

/** SiLU(z) = z·σ(z) (CONTRACTS.md section 4), also called swish: a smooth rectifier. */
export const siluRecord = {
  kind: 'elementwise',
  placement: 'any',
  settings: [],
  value: (z) => z * sigmoid(z),
  // d/dz z σ(z) = σ(z) + z σ(z)(1 − σ(z)) = σ(z)(1 + z(1 − σ(z)))
  slope: (z) => {
    const s = sigmoid(z)
    return s * (1 + z * (1 - s))
  },
  init: 'he',
  diagnosis: 'rectifier',
  // Its least value: about −0.278 at z ≈ −1.278.
  range: [-0.27847, Infinity],
  written: {
    value: (z, _settings, n) => `${n.operand(z)} × σ(${n.exact(z)})`,
    slope: (z, _a, _settings, n) => {
      const s = n.exact(sigmoid(z))
      return `${s} × (1 + ${n.operand(z)} × (1 - ${s}))`
    }
  },
  tex: {
    symbol: '\\operatorname{SiLU}',
    definition: () => '\\operatorname{SiLU}(z) = z\\,\\sigma(z) = \\dfrac{z}{1 + e^{-z}}',
    derivative: "\\operatorname{SiLU}'(z) = \\sigma(z)\\,\\big(1 + z\\,(1 - \\sigma(z))\\big)"
  },
  exports: {
    onnx: () => onnxNode('Mul', 'z', onnxNode('Sigmoid', 'z')),
    // tfjs-layers' swish is z·σ(αz) with α = 1.
    tfjs: () => ({ activation: 'swish', after: null }),
    pytorch: (z) => `nn.functional.silu(${z})`,
    numpy: {
      helper: `def silu(z):
    """z * sigmoid(z) (SiLU, or swish), the sigmoid computed so that large |z| cannot overflow."""
    return z * np.exp(-np.logaddexp(0.0, -z))`,
      call: (z) => `silu(${z})`
    }
  }
} as const satisfies ElementwiseRecord
