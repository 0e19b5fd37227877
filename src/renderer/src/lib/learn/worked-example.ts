/**
 * The 2-2-2 worked example (Matt Mazur, "A Step by Step Backpropagation Example", 2015), computed
 * in Float64 with the lab's formulas (CONTRACTS.md section 1): sigmoid units, E = ½ Σₖ (yₖ − aₖ)²
 * (the lab's half-squared-error J with m = 1), biases frozen as in the article, η = 0.5.
 * Units are 0-based in arrays and 1-based in the lesson's symbols: W(2)[0][1] is w6.
 */

/** Weights and biases of the 2-2-2 network; row j of W holds the weights into unit j. */
export interface TextbookParameters {
  W1: number[][]
  b1: number[]
  W2: number[][]
  b2: number[]
}

/** The article's starting weights, sample and learning rate (the lab's textbook preset). */
export const TEXTBOOK_START: TextbookParameters = {
  W1: [
    [0.15, 0.2],
    [0.25, 0.3]
  ],
  b1: [0.35, 0.35],
  W2: [
    [0.4, 0.45],
    [0.5, 0.55]
  ],
  b2: [0.6, 0.6]
}
export const TEXTBOOK_INPUTS = [0.05, 0.1] as const
export const TEXTBOOK_TARGETS = [0.01, 0.99] as const
export const TEXTBOOK_LEARNING_RATE = 0.5

/** Every number of one gradient-descent step on the sample. */
export interface TextbookStep {
  z1: number[]
  a1: number[]
  z2: number[]
  a2: number[]
  /** ½(yₖ − a(2)ₖ)² per output, and their sum E. */
  errors: number[]
  error: number
  /** ∂E/∂a(2)ₖ = a(2)ₖ − yₖ. */
  outputErrorSlopes: number[]
  /** f′(z(l)) = a(l)(1 − a(l)) of the sigmoid, per unit. */
  outputSlopes: number[]
  hiddenSlopes: number[]
  /** δ(2) = ∂E/∂z(2) and δ(1) = ∂E/∂z(1). */
  delta2: number[]
  delta1: number[]
  /** paths[j][k] = δ(2)ₖ W(2)[k][j]: the error reaching a(1)ⱼ through output k. */
  paths: number[][]
  /** ∂E/∂a(1)ⱼ = Σₖ paths[j][k]. */
  hiddenErrorSlopes: number[]
  /** ∂E/∂W(l)[j][k] = δ(l)ⱼ a(l−1)ₖ. */
  gradW2: number[][]
  gradW1: number[][]
  /** The parameters after W ← W − η ∂E/∂W (biases unchanged). */
  next: TextbookParameters
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z))

function layer(
  W: number[][],
  b: number[],
  inputs: readonly number[]
): { z: number[]; a: number[] } {
  const z = W.map((row, j) => row.reduce((sum, w, k) => sum + w * inputs[k], b[j]))
  return { z, a: z.map(sigmoid) }
}

/** The outputs a(2) and the error E of some parameters on the sample. */
export function textbookError(parameters: TextbookParameters): {
  outputs: number[]
  error: number
} {
  const hidden = layer(parameters.W1, parameters.b1, TEXTBOOK_INPUTS)
  const outputs = layer(parameters.W2, parameters.b2, hidden.a).a
  const error = outputs.reduce((sum, a, k) => sum + 0.5 * (TEXTBOOK_TARGETS[k] - a) ** 2, 0)
  return { outputs, error }
}

/**
 * One step of backpropagation and gradient descent. `hiddenUsesUpdatedWeights` reproduces the
 * first version of the article's program, which updated w5…w8 before passing the error back to
 * the hidden layer (the article's text, and the lab, use the original weights).
 */
export function textbookStep(
  parameters: TextbookParameters = TEXTBOOK_START,
  options: { hiddenUsesUpdatedWeights?: boolean } = {}
): TextbookStep {
  const { W1, b1, W2, b2 } = parameters
  const eta = TEXTBOOK_LEARNING_RATE
  const hidden = layer(W1, b1, TEXTBOOK_INPUTS)
  const output = layer(W2, b2, hidden.a)
  const a2 = output.a
  const errors = a2.map((a, k) => 0.5 * (TEXTBOOK_TARGETS[k] - a) ** 2)
  const outputErrorSlopes = a2.map((a, k) => a - TEXTBOOK_TARGETS[k])
  const outputSlopes = a2.map((a) => a * (1 - a))
  const delta2 = outputErrorSlopes.map((slope, k) => slope * outputSlopes[k])
  const gradW2 = delta2.map((delta) => hidden.a.map((a) => delta * a))
  const nextW2 = W2.map((row, j) => row.map((w, k) => w - eta * gradW2[j][k]))
  const backWeights = options.hiddenUsesUpdatedWeights ? nextW2 : W2
  const paths = hidden.a.map((_, j) => delta2.map((delta, k) => delta * backWeights[k][j]))
  const hiddenErrorSlopes = paths.map((through) => through.reduce((sum, value) => sum + value, 0))
  const hiddenSlopes = hidden.a.map((a) => a * (1 - a))
  const delta1 = hiddenErrorSlopes.map((slope, j) => slope * hiddenSlopes[j])
  const gradW1 = delta1.map((delta) => TEXTBOOK_INPUTS.map((x) => delta * x))
  const nextW1 = W1.map((row, j) => row.map((w, k) => w - eta * gradW1[j][k]))
  return {
    z1: hidden.z,
    a1: hidden.a,
    z2: output.z,
    a2,
    errors,
    error: errors[0] + errors[1],
    outputErrorSlopes,
    outputSlopes,
    hiddenSlopes,
    delta2,
    delta1,
    paths,
    hiddenErrorSlopes,
    gradW2,
    gradW1,
    next: { W1: nextW1, b1: [...b1], W2: nextW2, b2: [...b2] }
  }
}

/** The parameters, outputs and error after `steps` steps from the article's start. */
export function trainTextbook(
  steps: number,
  options: { hiddenUsesUpdatedWeights?: boolean } = {}
): { parameters: TextbookParameters; outputs: number[]; error: number } {
  let parameters = TEXTBOOK_START
  for (let step = 0; step < steps; step++) parameters = textbookStep(parameters, options).next
  return { parameters, ...textbookError(parameters) }
}
