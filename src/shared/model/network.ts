/**
 * The vocabulary of a feed-forward network, shared by every process.
 * Plain, JSON-safe data: the engine turns these names into functions through registries.
 */

/** Activation functions a layer may use. `softmax` is allowed on the output layer only. */
export const ACTIVATION_NAMES = [
  'sigmoid',
  'tanh',
  'relu',
  'leaky-relu',
  'linear',
  'softmax'
] as const
export type ActivationName = (typeof ACTIVATION_NAMES)[number]

/** Activations a hidden layer may use (everything but softmax). */
export type HiddenActivationName = Exclude<ActivationName, 'softmax'>

/** Costs J over a batch (CONTRACTS.md section 1). */
export const LOSS_NAMES = ['half-squared-error', 'binary-cross-entropy', 'cross-entropy'] as const
export type LossName = (typeof LOSS_NAMES)[number]

/** Weight initializers. Biases always start at zero. */
export const INIT_NAMES = ['xavier', 'he', 'zeros', 'uniform'] as const
export type InitName = (typeof INIT_NAMES)[number]

/** Slope of leaky-relu below zero when a layer does not set `alpha`. */
export const DEFAULT_LEAKY_RELU_ALPHA = 0.01

/** Which of a layer's parameters gradient descent may change. */
export interface Trainable {
  weights: boolean
  biases: boolean
}

/** One dense layer: z = W a_prev + b, a = f(z). */
export interface LayerSpec {
  units: number
  activation: ActivationName
  /** Slope below zero, for leaky-relu only. */
  alpha?: number
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
