import type { ActivationName, ActivationSettings, InitName, LossName } from './network'
import { FEATURE_SOURCE_COLUMNS, type InputFeatureName } from './input-features'
import type { Preprocessing } from './preprocessing'
import type { Regularization } from './training'

/** The `format` tag of a model file (CONTRACTS.md section 2). */
export const MODEL_FORMAT = 'backprop-lab/model'
/** The model file version this build writes and reads. */
export const MODEL_FORMAT_VERSION = 1

/**
 * One layer of a model file; weights are rows of incoming weights, one row per unit. The
 * activation's settings (leaky-relu's `alpha`) are optional fields of the layer.
 */
export interface ModelFileLayer extends Partial<ActivationSettings> {
  units: number
  activation: ActivationName
  weights?: number[][]
  biases?: number[]
  trainable?: { weights?: boolean; biases?: boolean }
  [unknownField: string]: unknown
}

/** The `*.model.json` file, as users and outside tools read and write it. */
export interface ModelFile {
  format: typeof MODEL_FORMAT
  formatVersion: number
  inputSize: number
  inputShape?: number[]
  layers: ModelFileLayer[]
  loss: LossName
  init?: InitName
  seed?: number
  classes?: string[]
  targets?: string[]
  /** Feature (column) names in input order, so a table's columns are matched by name. */
  inputNames?: string[]
  /**
   * The features computed from each raw (x, y) row before `preprocessing` (input-features.ts):
   * one per first-layer input, so the model takes 2 raw values and `inputNames` names those 2.
   */
  inputFeatures?: InputFeatureName[]
  preprocessing?: Preprocessing
  /** The L1 strength λ₁ the model was trained with (`trace` and `gradcheck` default to it). */
  l1?: number
  /** The L2 strength λ the model was trained with (`trace` and `gradcheck` default to it). */
  l2?: number
  /** Fields this version does not know are kept on a round trip. */
  [unknownField: string]: unknown
}

/**
 * The `inputNames` field for a model trained on a dataset with these feature names: present only
 * when there is one name per input (a model file never names fewer inputs than it takes).
 */
export function inputNamesField(
  featureNames: readonly string[] | null | undefined,
  inputSize: number
): { inputNames?: string[] } {
  return featureNames && featureNames.length === inputSize ? { inputNames: [...featureNames] } : {}
}

/**
 * What a model file says about its inputs: with input features (input-features.ts) it takes the
 * two raw columns, named by `inputNames`, and lists the features its first layer reads (no
 * `inputShape`: the features are not the data's shape); without, the data's shape and names.
 */
export function inputFields(
  data: { inputShape?: number[]; featureNames?: readonly string[] | null },
  inputFeatures: readonly InputFeatureName[] | null | undefined,
  inputSize: number
): Pick<ModelFile, 'inputShape' | 'inputNames' | 'inputFeatures'> {
  if (!inputFeatures)
    return {
      ...(data.inputShape ? { inputShape: data.inputShape } : {}),
      ...inputNamesField(data.featureNames, inputSize)
    }
  return {
    inputShape: undefined,
    inputFeatures: [...inputFeatures],
    ...inputNamesField(data.featureNames, FEATURE_SOURCE_COLUMNS)
  }
}

/** A model file's `l1` and `l2`: the strengths it was trained with, each where not 0. */
export function regularizationFields({ l1, l2 }: Regularization): Partial<Regularization> {
  return { ...(l1 > 0 ? { l1 } : {}), ...(l2 > 0 ? { l2 } : {}) }
}
