import type { DatasetSummary } from '../../../shared/model/dataset'
import type { ModelFile } from '../../../shared/model/model-file'
import type { NetworkSpec } from '../../../shared/model/network'
import {
  classicModelName,
  describeDesignProblem,
  designOutput,
  designProblem,
  parameterCountOf
} from '../../../shared/model/network-design'
import { limitOf, overLimit } from '../../../shared/limits'
import type { RunConfig } from '../../../shared/model/run'
import { UserError } from '../../../shared/errors'
import { specFromModelFile } from '../../engine'
import {
  FEATURE_SOURCE_COLUMNS,
  isRawXY,
  rawInputSize,
  type InputFeatureName
} from '../../../shared/model/input-features'

/**
 * The network a run trains: `--init-model`'s architecture when given (checked against the data),
 * otherwise inputs from the data, the hidden layers asked for, and an output layer chosen from the
 * data: one sigmoid unit for two classes, softmax over three or more, linear for regression.
 */
export function networkForRun(
  config: RunConfig,
  dataset: DatasetSummary,
  initialModel: ModelFile | null
): NetworkSpec {
  const spec = designedNetwork(config, dataset, initialModel)
  const parameters = parameterCountOf(spec)
  if (parameters > limitOf('modelParameters'))
    throw new UserError(
      `the network ${architectureName(spec)} has ${parameters} weights and biases, ${overLimit('modelParameters', 'choose fewer or smaller hidden layers, or set BACKPROP_LAB_MAX_MODEL_PARAMETERS')}`
    )
  return spec
}

function designedNetwork(
  config: RunConfig,
  dataset: DatasetSummary,
  initialModel: ModelFile | null
): NetworkSpec {
  if (initialModel) {
    const spec = specFromModelFile(initialModel)
    checkFits(spec, dataset, config.initModel ?? 'the initial model', rawInputSize(initialModel))
    return spec
  }
  const output = designOutput(dataset, config.output, config.loss)
  const problem = designProblem(output)
  if (problem) throw new UserError(describeDesignProblem(problem))
  const features = runInputFeatures(config, null)
  if (features && dataset.features !== FEATURE_SOURCE_COLUMNS)
    throw new UserError(
      `input features (${features.join(', ')}) are computed from x and y: dataset ${dataset.datasetId} (${dataset.name}) has ${dataset.features} features, not 2`
    )
  const spec: NetworkSpec = {
    inputSize: features?.length ?? dataset.features,
    loss: output.loss,
    layers: [
      ...config.hidden.map((hiddenUnits, index) => ({
        units: hiddenUnits,
        activation: config.hiddenActivations?.[index] ?? config.activation,
        trainable: { weights: true, biases: true }
      })),
      {
        units: output.units,
        activation: output.activation,
        trainable: { weights: true, biases: true }
      }
    ]
  }
  return spec
}

/**
 * The features a run's first layer reads: an initial model's own (its weights expect them), else
 * the config's; null when they are the raw columns (nothing to compute).
 */
export function runInputFeatures(
  config: Pick<RunConfig, 'inputFeatures'>,
  initialModel: ModelFile | null
): InputFeatureName[] | null {
  if (initialModel) return initialModel.inputFeatures ?? null
  return config.inputFeatures && !isRawXY(config.inputFeatures) ? config.inputFeatures : null
}

function checkFits(spec: NetworkSpec, dataset: DatasetSummary, source: string, raw: number): void {
  if (raw !== dataset.features) {
    throw new UserError(
      `${source}: the model takes ${raw} inputs but dataset ${dataset.datasetId} (${dataset.name}) has ${dataset.features} features`
    )
  }
  const units = spec.layers[spec.layers.length - 1].units
  const classes = dataset.classes?.length ?? 0
  const expected =
    classes > 0 ? (units === 1 && classes === 2 ? 1 : classes) : (dataset.targets?.length ?? 0)
  if (units !== expected) {
    throw new UserError(
      `${source}: the model has ${units} output unit${units === 1 ? '' : 's'} but dataset ${dataset.datasetId} needs ${expected}`
    )
  }
}

/** "4-32-3": the layer widths from inputs to outputs, with the classic name of a network without hidden layers ("30-1 logistic regression"). */
export function architectureName(spec: NetworkSpec): string {
  const widths = [spec.inputSize, ...spec.layers.map((layer) => layer.units)].join('-')
  const classic = classicModelName(spec.layers, spec.loss)
  return classic ? `${widths} ${classic}` : widths
}
