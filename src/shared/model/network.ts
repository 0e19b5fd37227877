/**
 * The vocabulary of a feed-forward network, shared by every process.
 * Plain, JSON-safe data: the engine turns these names into functions through registries.
 */
import type { ActivationSettings } from './activations/activation-record'
import type { ActivationName } from './activations/catalogue'
import type { LossName } from './losses/catalogue'

export {
  ACTIVATION_NAMES,
  HIDDEN_ACTIVATION_NAMES,
  type ActivationName,
  type HiddenActivationName
} from './activations/catalogue'
export type { ActivationSettings } from './activations/activation-record'

export { LOSS_NAMES, type LossName } from './losses/catalogue'

/** Weight initializers. Biases always start at zero. */
export const INIT_NAMES = ['xavier', 'he', 'zeros', 'uniform'] as const
export type InitName = (typeof INIT_NAMES)[number]

/** Which of a layer's parameters gradient descent may change. */
export interface Trainable {
  weights: boolean
  biases: boolean
}

/**
 * One dense layer: z = W a_prev + b, a = f(z), with the activation's settings it gives (leaky-relu's
 * `alpha`); the settings it leaves out take their defaults.
 */
export interface LayerSpec extends Partial<ActivationSettings> {
  units: number
  activation: ActivationName
  trainable: Trainable
}

/** A network's shape without its numbers. */
export interface NetworkSpec {
  inputSize: number
  layers: LayerSpec[]
  loss: LossName
}

/** Numeric precision of the engine's matrices. */
export type Precision = 'f32' | 'f64'
