import {
  ACTIVATION_CATALOGUE,
  ACTIVATION_NAMES,
  type ActivationName,
  type RowwiseActivationName
} from '../../shared/model/activations/catalogue'
import type {
  ActivationSettings,
  ElementwiseRecord
} from '../../shared/model/activations/activation-record'
import type { FloatArray } from './tensor/matrix'

export { sigmoid } from '../../shared/model/activations/sigmoid'

/**
 * Activation functions over a batch, each with its derivative: the reference implementation the
 * plain TypeScript kernels use. Elementwise ones loop over their scalar f and f′ from the
 * activation catalogue; faster backends must agree with them.
 */
export interface Activation {
  readonly name: ActivationName
  /** a = f(z) over a rows × cols batch (softmax works row by row). */
  forward(
    z: FloatArray,
    a: FloatArray,
    rows: number,
    cols: number,
    settings: ActivationSettings
  ): void
  /** out = ∂L/∂z from upstream = ∂L/∂a, z and a = f(z); `out` may alias `upstream`. */
  backward(
    z: FloatArray,
    a: FloatArray,
    upstream: FloatArray,
    out: FloatArray,
    rows: number,
    cols: number,
    settings: ActivationSettings
  ): void
}

/** An elementwise activation from its record's scalar f(z) and f′ (in terms of z and a = f(z)). */
function elementwise(name: ActivationName, record: ElementwiseRecord): Activation {
  const { value, slope } = record
  return {
    name,
    forward(z, a, rows, cols, settings) {
      const count = rows * cols
      for (let i = 0; i < count; i++) a[i] = value(z[i], settings)
    },
    backward(z, a, upstream, out, rows, cols, settings) {
      const count = rows * cols
      // ∂L/∂z = ∂L/∂a ⊙ f′(z)
      for (let i = 0; i < count; i++) out[i] = upstream[i] * slope(z[i], a[i], settings)
    }
  }
}

/** softmax(z)ₖ = e^(zₖ − max z) / Σⱼ e^(zⱼ − max z): shifting by the row's max avoids overflow. */
const softmax: Activation = {
  name: 'softmax',
  forward(z, a, rows, cols) {
    for (let i = 0; i < rows; i++) {
      const start = i * cols
      let max = -Infinity
      for (let k = 0; k < cols; k++) max = Math.max(max, z[start + k])
      let sum = 0
      for (let k = 0; k < cols; k++) {
        const e = Math.exp(z[start + k] - max)
        a[start + k] = e
        sum += e
      }
      for (let k = 0; k < cols; k++) a[start + k] /= sum
    }
  },
  backward(_z, a, upstream, out, rows, cols) {
    // ∂aₖ/∂zⱼ = aₖ(1[k=j] − aⱼ), so ∂L/∂zₖ = aₖ (gₖ − Σⱼ gⱼ aⱼ) with g = ∂L/∂a.
    for (let i = 0; i < rows; i++) {
      const start = i * cols
      let dot = 0
      for (let k = 0; k < cols; k++) dot += upstream[start + k] * a[start + k]
      for (let k = 0; k < cols; k++) {
        out[start + k] = a[start + k] * (upstream[start + k] - dot)
      }
    }
  }
}

/** The activations of whole rows, written here by hand (the catalogue has no scalar f for them). */
const ROW_WISE = { softmax } satisfies Record<RowwiseActivationName, Activation>

/** Every activation by name. */
export const ACTIVATIONS = Object.fromEntries(
  ACTIVATION_NAMES.map((name) => {
    const record = ACTIVATION_CATALOGUE[name]
    const activation =
      record.kind === 'elementwise'
        ? elementwise(name, record)
        : ROW_WISE[name as RowwiseActivationName]
    return [name, activation]
  })
) as Record<ActivationName, Activation>
