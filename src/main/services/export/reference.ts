import { Rng } from '../../engine'
import { userError } from '../../../shared/errors'
import type { ModelFile } from '../../../shared/model/model-file'
import type { Preprocessing } from '../../../shared/model/preprocessing'
import { predictRows } from '../predict'
import { rawInputSize } from '../../../shared/model/input-features'

/** Raw input rows and the app's own outputs for them: what every export must reproduce. */
export interface ReferenceSamples {
  inputs: number[][]
  outputs: number[][]
  /** True when no real samples were given and seeded synthetic ones stand in. */
  synthetic: boolean
}

/** How many synthetic samples stand in when no real ones are given. */
const SYNTHETIC_SAMPLE_COUNT = 5
const SYNTHETIC_SEED = 20_240_601

/**
 * The reference samples of an export: the given raw rows (or synthetic ones) with the outputs of
 * `predictRows`, the app's own prediction.
 */
export function referenceSamples(model: ModelFile, referenceInputs: number[][]): ReferenceSamples {
  referenceInputs.forEach((row, index) => {
    if (row.length !== rawInputSize(model)) {
      throw userError('export.referenceSample', {
        sample: index + 1,
        expected: rawInputSize(model),
        raw: model.inputFeatures !== undefined,
        got: row.length
      })
    }
  })
  const synthetic = referenceInputs.length === 0
  // A model with input features is fitted on the features, not on its raw (x, y): U(0, 1) stands in.
  const inputs = synthetic
    ? syntheticInputs(rawInputSize(model), model.inputFeatures ? undefined : model.preprocessing)
    : referenceInputs
  return { inputs, outputs: predictRows(model, inputs).outputs, synthetic }
}

/**
 * Seeded raw rows in the range the model was trained on, read from its preprocessing:
 * standardize → mean + std·N(0, 1); minmax → U(min, max); scale → U(0, 1/factor) (e.g. 0..255
 * pixels); none → U(0, 1) (e.g. pixels already scaled by the importer).
 */
function syntheticInputs(inputSize: number, preprocessing: Preprocessing | undefined): number[][] {
  const rng = new Rng(SYNTHETIC_SEED)
  const value = (feature: number): number => {
    switch (preprocessing?.kind) {
      case 'standardize':
        return preprocessing.mean[feature] + preprocessing.std[feature] * rng.normal()
      case 'minmax':
        return rng.uniform(preprocessing.min[feature], preprocessing.max[feature])
      case 'scale':
        return rng.uniform(0, 1 / Math.abs(preprocessing.factor))
      default:
        return rng.next()
    }
  }
  return Array.from({ length: SYNTHETIC_SAMPLE_COUNT }, () =>
    Array.from({ length: inputSize }, (_, feature) => value(feature))
  )
}
