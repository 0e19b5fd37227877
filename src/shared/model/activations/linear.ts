import type { ElementwiseRecord } from './activation-record'

/** The identity a = z: regression outputs, and the linear layers of the lessons. */
export const linearRecord = {
  kind: 'elementwise',
  placement: 'any',
  settings: [],
  value: (z) => z,
  // linear′(z) = 1
  slope: () => 1,
  init: 'xavier',
  diagnosis: null,
  range: [-Infinity, Infinity],
  written: {
    value: (z, _settings, n) => n.exact(z),
    slope: () => '1'
  },
  tex: {
    symbol: null,
    definition: () => '\\operatorname{id}(z) = z',
    derivative: "\\operatorname{id}'(z) = 1"
  },
  exports: {
    onnx: () => 'z',
    tfjs: () => ({ activation: 'linear', after: null }),
    pytorch: (z) => z,
    numpy: { helper: null, call: (z) => z }
  }
} as const satisfies ElementwiseRecord
