import { describe, expect, it } from 'vitest'
import { activationExpression, derivativeOf } from '@renderer/lib/inspect/step-arithmetic'
import { appliedTex } from '@shared/model/activations/catalogue'
import type { LayerSpec } from '@shared/model/network'

/**
 * The step-through's a = f(z) and f′(z) lines, written from the activation catalogue: the
 * arithmetic with the unit's numbers, and the values, at the textbook's z = 0.3775. GELU and its
 * tanh form, and SiLU, are checked against mpmath at 30 digits.
 */
const layer = (activation: LayerSpec['activation'], settings: Partial<LayerSpec> = {}) => ({
  units: 1,
  activation,
  trainable: { weights: true, biases: true },
  ...settings
})
const Z = 0.3775

describe('a = f(z) and f′(z) written out', () => {
  it('sigmoid, leaky ReLU with its own α, and softmax over the row', () => {
    expect(activationExpression(layer('sigmoid'), Z, [Z])).toBe('σ(0.3775)')
    expect(activationExpression(layer('leaky-relu', { alpha: 0.2 }), -1.5, [-1.5])).toBe(
      'max(0.2 × (-1.5), -1.5)'
    )
    expect(derivativeOf(layer('leaky-relu', { alpha: 0.2 }), -1.5, -0.3)).toEqual({
      expression: '-1.5 ≤ 0',
      value: 0.2
    })
    expect(activationExpression(layer('softmax'), 1, [1, 2])).toBe('exp(1 - 2) / 1.367879441')
    expect(derivativeOf(layer('softmax'), 1, 0.27)).toBeNull()
  })

  it('gelu, exact by default: z × Φ(z), and Φ(z) + z × φ(z)', () => {
    expect(activationExpression(layer('gelu'), Z, [Z])).toBe('0.3775 × Φ(0.3775)')
    const slope = derivativeOf(layer('gelu'), Z, 0.2442798603475821)!
    expect(slope.expression).toBe('Φ(0.3775) + 0.3775 × φ(0.3775)')
    // mpmath: diff(z·ncdf(z), 0.3775) = 0.787342287310219422…
    expect(slope.value).toBeCloseTo(0.7873422873102194, 14)
  })

  it('gelu in the tanh form: ½ z (1 + tanh u) with u written out', () => {
    const tanh = layer('gelu', { approximate: 'tanh' })
    expect(activationExpression(tanh, Z, [Z])).toMatch(
      /^0\.5 × 0\.3775 × \(1 \+ tanh\(0\.30\d+\)\)$/
    )
    const slope = derivativeOf(tanh, Z, 0.2442738140558776)!
    expect(slope.expression).toMatch(
      /^0\.5 × \(1 \+ 0\.29\d+\) \+ 0\.5 × 0\.3775 × \(1 - 0\.29\d+²\) × 0\.8\d+$/
    )
    // mpmath: diff(z/2 (1 + tanh(√(2/π)(z + 0.044715 z³))), 0.3775) = 0.787281475658203505…
    expect(slope.value).toBeCloseTo(0.7872814756582035, 14)
  })

  it('silu: z × σ(z), and σ(z) × (1 + z × (1 - σ(z)))', () => {
    expect(activationExpression(layer('silu'), Z, [Z])).toBe('0.3775 × σ(0.3775)')
    const slope = derivativeOf(layer('silu'), Z, 0.2239594220204632)!
    // σ(0.3775) = 0.593269992 (the textbook's out_h1)
    expect(slope.expression).toBe('0.593269992 × (1 + 0.3775 × (1 - 0.593269992))')
    // mpmath: diff(z/(1 + e^−z), 0.3775) = 0.684361009593240028…
    expect(slope.value).toBeCloseTo(0.68436100959324, 14)
  })

  it('the formula names f by the same symbol as the equations', () => {
    expect(appliedTex('gelu', 'z^{(1)}')).toBe('\\operatorname{GELU}(z^{(1)})')
    expect(appliedTex('linear', 'z^{(2)}')).toBe('z^{(2)}')
  })
})
