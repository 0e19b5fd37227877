import type { DatasetSummary } from '../../../shared/model/dataset'
import type { ModelFile } from '../../../shared/model/model-file'
import type { NetworkSpec } from '../../../shared/model/network'
import {
  classicModelName,
  designOutput,
  designProblem,
  designProblemMessage,
  parameterCountOf
} from '../../../shared/model/network-design'
import { formatLimit, limitOf } from '../../../shared/limits'
import type { RunConfig } from '../../../shared/model/run'
import { userError, userErrorOf } from '../../../shared/errors'
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
    throw userError('network.tooManyParameters', {
      architecture: architectureName(spec),
      parameters,
      bound: formatLimit('modelParameters')
    })
  return spec
}

function designedNetwork(
  config: RunConfig,
  dataset: DatasetSummary,
  initialModel: ModelFile | null
): NetworkSpec {
  if (initialModel) {
    const spec = specFromModelFile(initialModel)
    checkFits(spec, dataset, config.initModel ?? null, rawInputSize(initialModel))
    return spec
  }
  const output = designOutput(dataset, config.output, config.loss)
  const problem = designProblem(output)
  if (problem) throw userErrorOf(designProblemMessage(problem))
  const features = runInputFeatures(config, null)
  // Plain `x,y` computes nothing, but names a 2-D dataset's columns all the same.
  const named = config.inputFeatures
  if (named && named.length > 0 && dataset.features !== FEATURE_SOURCE_COLUMNS)
    throw userError('network.featuresNeedXY', {
      features: named,
      datasetId: dataset.datasetId,
      dataset: dataset.name,
      count: dataset.features
    })
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

function checkFits(
  spec: NetworkSpec,
  dataset: DatasetSummary,
  source: string | null,
  raw: number
): void {
  if (raw !== dataset.features) {
    throw userError('network.modelInputs', {
      source,
      inputs: raw,
      datasetId: dataset.datasetId,
      dataset: dataset.name,
      features: dataset.features
    })
  }
  const units = spec.layers[spec.layers.length - 1].units
  const classes = dataset.classes?.length ?? 0
  const expected =
    classes > 0 ? (units === 1 && classes === 2 ? 1 : classes) : (dataset.targets?.length ?? 0)
  if (units !== expected) {
    throw userError('network.modelOutputs', {
      source,
      units,
      datasetId: dataset.datasetId,
      expected
    })
  }
}

/** "4-32-3": the layer widths from inputs to outputs, with the classic name of a network without hidden layers ("30-1 logistic regression"). */
export function architectureName(spec: NetworkSpec): string {
  const widths = [spec.inputSize, ...spec.layers.map((layer) => layer.units)].join('-')
  const classic = classicModelName(spec.layers, spec.loss)
  return classic ? `${widths} ${classic}` : widths
}
