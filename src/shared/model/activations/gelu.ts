import { onnxNode, type ElementwiseRecord, type NumberWriter } from './activation-record'
import { sigmoid } from './sigmoid'

/**
 * GELU(z) = z·Φ(z), Φ the standard normal CDF: a smooth rectifier. A layer's `approximate` picks
 * the form (PyTorch's names): 'none' computes Φ exactly (the lab's default), 'tanh' uses
 * ½(1 + tanh(√(2/π)(z + 0.044715 z³))) ≈ Φ(z), written here as σ(2u) (the same number, without
 * the cancellation of 1 + tanh u for z ≪ 0).
 */

const SQRT_PI = Math.sqrt(Math.PI)
/** 1/√(2π), the peak of the standard normal density. */
const INVERSE_SQRT_TWO_PI = 1 / Math.sqrt(2 * Math.PI)
/** √(2/π) and the cubic coefficient of the tanh approximation. */
const TANH_SCALE = Math.sqrt(2 / Math.PI)
const TANH_CUBIC = 0.044715

/** erf(x) for |x| < 1.5: (2/√π) e^(−x²) Σₙ (2x²)ⁿ x / (1·3·…·(2n+1)), every term positive. */
function erfSeries(x: number): number {
  const twiceSquare = 2 * x * x
  let term = x
  let sum = x
  for (let n = 1; Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
    term *= twiceSquare / (2 * n + 1)
    sum += term
  }
  return (2 / SQRT_PI) * Math.exp(-x * x) * sum
}

/**
 * e^(−z²/2) without the rounding of z² (which would cost |z|² ε of the result in the tails):
 * z = high + low with high of 24 bits, so z² = high² + low (z + high) with high² exact.
 */
function gaussian(z: number): number {
  const high = Math.fround(z)
  const low = z - high
  return Math.exp(-0.5 * high * high) * Math.exp(-0.5 * low * (z + high))
}

/**
 * Laplace's continued fraction for erfc, erfc(x) = e^(−x²)/√π · 1/F(x) with
 * F(x) = x + (1/2)/(x + 1/(x + (3/2)/(x + …))), evaluated from its tail for x ≥ 1.5: enough
 * terms for double precision (fewer as x grows), without the cancellation of 1 − erf(x).
 */
function erfcFraction(x: number): number {
  let fraction = x
  for (let k = Math.ceil(30 + 130 / (x * x)); k >= 1; k--) fraction = x + k / 2 / fraction
  return fraction
}

/** Φ(z) = ½ erfc(−z/√2), the standard normal CDF, to about 1e-15 relative in both tails. */
export function normalCdf(z: number): number {
  const x = z / Math.SQRT2
  if (Math.abs(x) < 1.5) return 0.5 + 0.5 * erfSeries(x)
  // ½ erfc(|x|) with e^(−x²) = e^(−z²/2)
  const halfErfc = (0.5 * gaussian(z)) / (SQRT_PI * erfcFraction(Math.abs(x)))
  return x < 0 ? halfErfc : 1 - halfErfc
}

/** φ(z) = e^(−z²/2)/√(2π), the standard normal density. */
export function normalDensity(z: number): number {
  return INVERSE_SQRT_TWO_PI * gaussian(z)
}

/** u = √(2/π)(z + 0.044715 z³), the tanh approximation's argument, and du/dz. */
function tanhArgument(z: number): { u: number; du: number } {
  return {
    u: TANH_SCALE * (z + TANH_CUBIC * z * z * z),
    du: TANH_SCALE * (1 + 3 * TANH_CUBIC * z * z)
  }
}

/** `0.5 × z × (1 + tanh(u))` and its slope, written with the numbers of the tanh form. */
function writtenTanhForm(z: number, n: NumberWriter): { value: string; slope: string } {
  const { u, du } = tanhArgument(z)
  const t = Math.tanh(u)
  return {
    value: `0.5 × ${n.operand(z)} × (1 + tanh(${n.exact(u)}))`,
    slope: `0.5 × (1 + ${n.operand(t)}) + 0.5 × ${n.operand(z)} × (1 - ${n.operand(t)}²) × ${n.exact(du)}`
  }
}

export const geluRecord = {
  kind: 'elementwise',
  placement: 'any',
  settings: ['approximate'],
  value: (z, { approximate }) =>
    approximate === 'tanh' ? z * sigmoid(2 * tanhArgument(z).u) : z * normalCdf(z),
  slope: (z, _a, { approximate }) => {
    if (approximate === 'none') return normalCdf(z) + z * normalDensity(z) // Φ(z) + z φ(z)
    // d/dz z σ(2u) = σ(2u) + 2 z σ(2u)(1 − σ(2u)) u′
    const { u, du } = tanhArgument(z)
    const s = sigmoid(2 * u)
    return s + 2 * z * s * (1 - s) * du
  },
  init: 'he',
  diagnosis: 'rectifier',
  // Its least value: about −0.17 at z ≈ −0.75 (−0.16997 exact, −0.17004 with tanh).
  range: [-0.17004, Infinity],
  written: {
    value: (z, { approximate }, n) =>
      approximate === 'tanh' ? writtenTanhForm(z, n).value : `${n.operand(z)} × Φ(${n.exact(z)})`,
    slope: (z, _a, { approximate }, n) =>
      approximate === 'tanh'
        ? writtenTanhForm(z, n).slope
        : `Φ(${n.exact(z)}) + ${n.operand(z)} × φ(${n.exact(z)})`
  },
  tex: {
    symbol: '\\operatorname{GELU}',
    // Φ and φ: the standard normal CDF and density
    definition: () => '\\operatorname{GELU}(z) = z\\,\\Phi(z)',
    derivative: "\\operatorname{GELU}'(z) = \\Phi(z) + z\\,\\varphi(z)"
  },
  exports: {
    // ONNX opset 17 has no Gelu: ½ z (1 + erf(z/√2)), or ½ z (1 + tanh(√(2/π)(z + 0.044715 z³))).
    onnx: ({ approximate }) => {
      const half = onnxNode('Mul', 0.5, 'z')
      if (approximate === 'none') {
        return onnxNode(
          'Mul',
          half,
          onnxNode('Add', 1, onnxNode('Erf', onnxNode('Mul', 'z', Math.SQRT1_2)))
        )
      }
      const cube = onnxNode('Mul', 'z', onnxNode('Mul', 'z', 'z'))
      const u = onnxNode('Mul', TANH_SCALE, onnxNode('Add', 'z', onnxNode('Mul', TANH_CUBIC, cube)))
      return onnxNode('Mul', half, onnxNode('Add', 1, onnxNode('Tanh', u)))
    },
    // tfjs-layers' 'gelu' is z·½(1 + erf(z/√2)). Its tanh form is registered as 'gelu_new', a
    // name its model loader turns into 'geluNew' and then cannot find (tfjs 4.22).
    tfjs: ({ approximate }) =>
      approximate === 'none' ? { activation: 'gelu', after: null } : { unsupported: 'geluTanh' },
    pytorch: (z, { approximate }, python) =>
      `nn.functional.gelu(${z}, approximate=${python.string(approximate)})`,
    numpy: {
      helper: `def gelu(z, approximate):
    """z * Phi(z), Phi the standard normal CDF: exact ("none", through math.erfc, as NumPy has no
    erf) or with the tanh approximation ("tanh")."""
    if approximate == "tanh":
        return 0.5 * z * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (z + 0.044715 * z**3)))
    import math

    return z * 0.5 * np.vectorize(math.erfc, otypes=[float])(-z / np.sqrt(2.0))`,
      call: (z, { approximate }, python) => `gelu(${z}, ${python.string(approximate)})`
    }
  }
} as const satisfies ElementwiseRecord
