import type { DatasetSummary } from '../../../shared/model/dataset'
import type { ModelFile } from '../../../shared/model/model-file'
import type { ActivationName, LossName, NetworkSpec } from '../../../shared/model/network'
import type { RunConfig } from '../../../shared/model/run'
import { UserError } from '../../../shared/errors'
import { specFromModelFile } from '../../engine'

/** The loss that belongs with an output activation (used when `--loss auto`). */
function lossFor(output: ActivationName): LossName {
  if (output === 'softmax') return 'cross-entropy'
  if (output === 'sigmoid') return 'binary-cross-entropy'
  return 'half-squared-error'
}

/**
 * The network a run trains: `--init-model`'s architecture when given (checked against the data),
 * otherwise inputs from the data, the hidden layers asked for, and an output layer chosen from the
 * data: one sigmoid unit for two classes, softmax over three or more, linear for regression.
 */
export function networkForRun(config: RunConfig, dataset: DatasetSummary, initialModel: ModelFile | null): NetworkSpec {
  const classes = dataset.classes?.length ?? 0
  const outputs = dataset.targets?.length ?? 0
  if (initialModel) {
    const spec = specFromModelFile(initialModel)
    checkFits(spec, dataset, config.initModel ?? 'the initial model')
    return spec
  }
  let output: ActivationName
  if (config.output !== 'auto') output = config.output
  else if (classes === 0) output = 'linear'
  else output = classes === 2 ? 'sigmoid' : 'softmax'
  const units = classes === 0 ? outputs : output === 'softmax' || classes > 2 ? classes : 1
  if (output === 'softmax' && units < 2) {
    throw new UserError(`--output softmax needs at least two output units; this dataset has ${units} target${units === 1 ? '' : 's'}`)
  }
  const loss = config.loss === 'auto' ? lossFor(output) : config.loss
  const spec: NetworkSpec = {
    inputSize: dataset.features,
    loss,
    layers: [
      ...config.hidden.map((hiddenUnits) => ({
        units: hiddenUnits,
        activation: config.activation,
        trainable: { weights: true, biases: true }
      })),
      { units, activation: output, trainable: { weights: true, biases: true } }
    ]
  }
  checkLossFits(spec)
  return spec
}

/** The output activations each loss works with (outputs must be probabilities for the cross-entropies). */
function checkLossFits(spec: NetworkSpec): void {
  const output = spec.layers[spec.layers.length - 1].activation
  if (spec.loss === 'cross-entropy' && output !== 'softmax' && output !== 'sigmoid') {
    throw new UserError(`--loss cross-entropy needs a softmax or sigmoid output, not ${output}`)
  }
  if (spec.loss === 'binary-cross-entropy' && output !== 'sigmoid' && output !== 'softmax') {
    throw new UserError(`--loss binary-cross-entropy needs a sigmoid or softmax output, not ${output}`)
  }
}

function checkFits(spec: NetworkSpec, dataset: DatasetSummary, source: string): void {
  if (spec.inputSize !== dataset.features) {
    throw new UserError(`${source}: the model takes ${spec.inputSize} inputs but dataset ${dataset.datasetId} (${dataset.name}) has ${dataset.features} features`)
  }
  const units = spec.layers[spec.layers.length - 1].units
  const classes = dataset.classes?.length ?? 0
  const expected = classes > 0 ? (units === 1 && classes === 2 ? 1 : classes) : (dataset.targets?.length ?? 0)
  if (units !== expected) {
    throw new UserError(`${source}: the model has ${units} output unit${units === 1 ? '' : 's'} but dataset ${dataset.datasetId} needs ${expected}`)
  }
}

/** True for no hidden layer and one sigmoid output with binary cross-entropy (CONTRACTS.md section 1). */
export function isLogisticRegression(spec: NetworkSpec): boolean {
  const [output] = spec.layers
  return (
    spec.layers.length === 1 &&
    output.units === 1 &&
    output.activation === 'sigmoid' &&
    spec.loss === 'binary-cross-entropy'
  )
}

/** "4-32-3": the layer widths from inputs to outputs; "30-1 logistic regression" for that model. */
export function architectureName(spec: NetworkSpec): string {
  const widths = [spec.inputSize, ...spec.layers.map((layer) => layer.units)].join('-')
  return isLogisticRegression(spec) ? `${widths} logistic regression` : widths
}
