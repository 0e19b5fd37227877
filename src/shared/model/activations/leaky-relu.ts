import { DEFAULT_ACTIVATION_SETTINGS, type ElementwiseRecord } from './activation-record'
import { sideOfZero } from './relu'

/** z for z > 0, else αz: a rectifier whose units cannot die; its slope at exactly z = 0 is α. */
export const leakyReluRecord = {
  kind: 'elementwise',
  placement: 'any',
  settings: ['alpha'],
  value: (z, { alpha }) => (z > 0 ? z : alpha * z),
  // derivative 1 for z > 0, else α (α at exactly z = 0)
  slope: (z, _a, { alpha }) => (z > 0 ? 1 : alpha),
  init: 'he',
  diagnosis: 'rectifier',
  range: [-Infinity, Infinity],
  written: {
    value: (z, { alpha }, n) => `max(${n.exact(alpha)} × ${n.operand(z)}, ${n.exact(z)})`,
    slope: (z, _a, _settings, n) => sideOfZero(z, n)
  },
  tex: {
    symbol: '\\operatorname{LeakyReLU}_{\\alpha}',
    definition: () =>
      `\\operatorname{LeakyReLU}_{\\alpha}(z) = \\max(\\alpha z, z), \\quad \\alpha = ${DEFAULT_ACTIVATION_SETTINGS.alpha}`,
    derivative:
      "\\operatorname{LeakyReLU}_{\\alpha}'(z) = \\begin{cases} 1 & z > 0 \\\\ \\alpha & z \\le 0 \\end{cases}"
  },
  exports: {
    onnx: ({ alpha }) => ({
      op: 'LeakyRelu',
      inputs: ['z'],
      attributes: [{ name: 'alpha', float: alpha }]
    }),
    // Keras has no leaky activation string: a LeakyReLU layer follows a linear Dense layer.
    tfjs: ({ alpha }) => ({
      activation: 'linear',
      after: { className: 'LeakyReLU', config: { alpha } }
    }),
    pytorch: (z, { alpha }, python) =>
      `nn.functional.leaky_relu(${z}, negative_slope=${python.float(alpha)})`,
    numpy: {
      helper: `def leaky_relu(z, alpha):
    """z for z > 0, else alpha * z."""
    return np.where(z > 0, z, alpha * z)`,
      call: (z, { alpha }, python) => `leaky_relu(${z}, ${python.float(alpha)})`
    }
  }
} as const satisfies ElementwiseRecord
