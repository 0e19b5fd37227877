import { acceptsOutput } from './losses/catalogue'
import type { DatasetSummary } from './dataset'
import type { ActivationName, LayerSpec, LossName } from './network'
import type { OutputChoice, RunConfig } from './run'
import { message, type LabMessage } from '../messages'

/** What the network's ends are, decided from the data and the user's choices. */
export interface OutputDesign {
  activation: ActivationName
  units: number
  loss: LossName
}

/** The loss that belongs with an output activation (used when the loss is `auto`). */
export function lossForOutput(output: ActivationName): LossName {
  if (output === 'softmax') return 'cross-entropy'
  if (output === 'sigmoid') return 'binary-cross-entropy'
  return 'half-squared-error'
}

/**
 * The output layer for a dataset: with `auto`, one sigmoid unit for two classes, softmax over
 * three or more, linear units for regression targets; explicit choices are kept (softmax always
 * gets one unit per class).
 */
export function designOutput(
  dataset: Pick<DatasetSummary, 'classes' | 'targets'>,
  output: OutputChoice,
  loss: RunConfig['loss']
): OutputDesign {
  const classes = dataset.classes?.length ?? 0
  const targets = dataset.targets?.length ?? 0
  let activation: ActivationName
  if (output !== 'auto') activation = output
  else if (classes === 0) activation = 'linear'
  else activation = classes === 2 ? 'sigmoid' : 'softmax'
  const units = classes === 0 ? targets : activation === 'softmax' || classes > 2 ? classes : 1
  return { activation, units, loss: loss === 'auto' ? lossForOutput(activation) : loss }
}

/** Why an output/loss pair cannot train, as data each side puts into words (main in English, the UI translated). */
export type DesignProblem =
  /** softmax over fewer than two units is the constant 1 */
  | { kind: 'softmax-units'; units: number }
  /** the cross-entropies take logs of probabilities, so the output must be sigmoid or softmax */
  | { kind: 'loss-needs-probabilities'; loss: LossName; activation: ActivationName }
  /** −Σ y log a over one sigmoid unit rewards only the positive class: use binary cross-entropy */
  | { kind: 'cross-entropy-single-unit' }

/** Why an output/loss pair cannot work, or null when it can. */
export function designProblem(design: OutputDesign): DesignProblem | null {
  if (design.activation === 'softmax' && design.units < 2)
    return { kind: 'softmax-units', units: design.units }
  if (!acceptsOutput(design.loss, design.activation)) {
    return { kind: 'loss-needs-probabilities', loss: design.loss, activation: design.activation }
  }
  if (design.loss === 'cross-entropy' && design.activation === 'sigmoid' && design.units === 1) {
    return { kind: 'cross-entropy-single-unit' }
  }
  return null
}

/** A design problem as a message of the table (main's errors; the UI says it with network.problem). */
export function designProblemMessage(problem: DesignProblem): LabMessage {
  switch (problem.kind) {
    case 'softmax-units':
      return message('network.softmaxUnits', { units: problem.units })
    case 'loss-needs-probabilities':
      return message('network.lossNeedsProbabilities', {
        loss: problem.loss,
        activation: problem.activation
      })
    case 'cross-entropy-single-unit':
      return message('network.crossEntropySingleUnit', {})
  }
}

/** Number of weights and biases: Σₗ units(l)·(units(l−1) + 1). */
export function parameterCountOf(spec: {
  inputSize: number
  layers: readonly Pick<LayerSpec, 'units'>[]
}): number {
  let inputs = spec.inputSize
  let count = 0
  for (const layer of spec.layers) {
    count += layer.units * (inputs + 1)
    inputs = layer.units
  }
  return count
}

/**
 * The classic name of a network without hidden layers: a single sigmoid unit with binary
 * cross-entropy is logistic regression, softmax with cross-entropy is softmax regression, a
 * linear output with squared error is linear regression. Null for other networks.
 */
export function classicModelName(
  layers: readonly Pick<LayerSpec, 'activation' | 'units'>[],
  loss: LossName
): string | null {
  if (layers.length !== 1) return null
  const [output] = layers
  if (output.activation === 'sigmoid' && output.units === 1 && loss === 'binary-cross-entropy')
    return 'logistic regression'
  if (output.activation === 'softmax' && loss === 'cross-entropy') return 'softmax regression'
  if (output.activation === 'linear' && loss === 'half-squared-error') return 'linear regression'
  return null
}
