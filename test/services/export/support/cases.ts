import {
  createJsKernels,
  createNetwork,
  modelFileFromNetwork,
  Rng
} from '../../../../src/main/engine'
import type { ModelFile } from '../../../../src/shared/model/model-file'
import type {
  ActivationName,
  ActivationSettings,
  LossName
} from '../../../../src/shared/model/network'
import type { Preprocessing } from '../../../../src/shared/model/preprocessing'
import { columnStatistics, pick, readDigits, readFruits, readIris } from './samples'
import { generateDataset } from '../../../../src/main/services/datasets/generators'
import { expandFeatures, type InputFeatureName } from '../../../../src/shared/model/input-features'

/**
 * The models every export is proven on: every activation (hidden and output) and every loss,
 * with and without a hidden layer, on CSV-like (iris, standardized or min-max scaled) and
 * image-like models (8×8×1 digits, 8×8×3 fruit photos; scaled or not), each with seeded random
 * weights and a few real raw samples.
 */
export interface ExportCase {
  name: string
  model: ModelFile
  /** Real raw input rows for this model. */
  samples: number[][]
}

/** A layer: units, activation and the activation settings it gives. */
interface LayerPlan extends Partial<ActivationSettings> {
  units: number
  activation: ActivationName
}

interface Plan {
  name: string
  data: 'iris' | 'digits' | 'digits-scaled' | 'fruits' | 'circles'
  /** Input features computed from the raw (x, y) of 2-D data (input-features.ts). */
  features?: InputFeatureName[]
  hidden?: LayerPlan
  output: LayerPlan
  loss: LossName
  preprocessing?: 'standardize' | 'minmax' | 'scale' | 'none'
  classes?: string[]
  targets?: string[]
  frozenBiases?: boolean
}

const IRIS_CLASSES = ['setosa', 'versicolor', 'virginica']
const DIGIT_CLASSES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']

const PLANS: Plan[] = [
  {
    name: 'iris sigmoid → softmax, cross-entropy',
    data: 'iris',
    hidden: { units: 5, activation: 'sigmoid' },
    output: { units: 3, activation: 'softmax' },
    loss: 'cross-entropy',
    classes: IRIS_CLASSES
  },
  {
    name: 'iris tanh → softmax, binary-cross-entropy',
    data: 'iris',
    hidden: { units: 6, activation: 'tanh' },
    output: { units: 3, activation: 'softmax' },
    loss: 'binary-cross-entropy',
    classes: IRIS_CLASSES,
    frozenBiases: true
  },
  {
    name: 'iris relu → sigmoid, binary-cross-entropy',
    data: 'iris',
    hidden: { units: 5, activation: 'relu' },
    output: { units: 3, activation: 'sigmoid' },
    loss: 'binary-cross-entropy',
    classes: IRIS_CLASSES
  },
  {
    name: 'iris leaky-relu(0.1) → sigmoid, cross-entropy',
    data: 'iris',
    hidden: { units: 5, activation: 'leaky-relu', alpha: 0.1 },
    output: { units: 3, activation: 'sigmoid' },
    loss: 'cross-entropy',
    classes: IRIS_CLASSES
  },
  {
    name: 'iris linear → linear, half-squared-error, min-max',
    data: 'iris',
    hidden: { units: 4, activation: 'linear' },
    output: { units: 3, activation: 'linear' },
    loss: 'half-squared-error',
    preprocessing: 'minmax'
  },
  {
    name: 'iris softmax, no hidden layer',
    data: 'iris',
    output: { units: 3, activation: 'softmax' },
    loss: 'cross-entropy',
    classes: IRIS_CLASSES
  },
  {
    name: 'iris regression: linear, no hidden layer',
    data: 'iris',
    output: { units: 1, activation: 'linear' },
    loss: 'half-squared-error',
    targets: ['petal_width_cm']
  },
  {
    name: 'iris tanh output, min-max, no hidden layer',
    data: 'iris',
    output: { units: 3, activation: 'tanh' },
    loss: 'half-squared-error',
    preprocessing: 'minmax'
  },
  {
    name: 'iris relu output, no preprocessing, no hidden layer',
    data: 'iris',
    output: { units: 2, activation: 'relu' },
    loss: 'half-squared-error',
    preprocessing: 'none'
  },
  {
    name: 'iris leaky-relu output (default alpha), no hidden layer',
    data: 'iris',
    output: { units: 3, activation: 'leaky-relu' },
    loss: 'half-squared-error'
  },
  {
    name: 'iris logistic regression (one sigmoid output)',
    data: 'iris',
    output: { units: 1, activation: 'sigmoid' },
    loss: 'binary-cross-entropy',
    classes: ['setosa', 'not setosa']
  },
  {
    name: 'digits 8×8×1 scale 1/16, relu → softmax',
    data: 'digits',
    hidden: { units: 16, activation: 'relu' },
    output: { units: 10, activation: 'softmax' },
    loss: 'cross-entropy',
    preprocessing: 'scale',
    classes: DIGIT_CLASSES
  },
  {
    name: 'digits 8×8×1 unscaled, softmax, no hidden layer',
    data: 'digits-scaled',
    output: { units: 10, activation: 'softmax' },
    loss: 'cross-entropy',
    preprocessing: 'none',
    classes: DIGIT_CLASSES
  },
  {
    name: 'digits 8×8×1 unscaled, tanh → sigmoid',
    data: 'digits-scaled',
    hidden: { units: 8, activation: 'tanh' },
    output: { units: 10, activation: 'sigmoid' },
    loss: 'binary-cross-entropy',
    preprocessing: 'none',
    classes: DIGIT_CLASSES,
    frozenBiases: true
  },
  {
    name: 'fruits 8×8×3 scale 1/255, leaky-relu(0.3) → sigmoid',
    data: 'fruits',
    hidden: { units: 6, activation: 'leaky-relu', alpha: 0.3 },
    output: { units: 1, activation: 'sigmoid' },
    loss: 'binary-cross-entropy',
    preprocessing: 'scale',
    classes: ['apple', 'other']
  },
  {
    name: 'fruits 8×8×3 scale 1/255, softmax, no hidden layer',
    data: 'fruits',
    output: { units: 2, activation: 'softmax' },
    loss: 'cross-entropy',
    preprocessing: 'scale',
    classes: ['apple', 'other']
  },
  {
    name: 'iris gelu → softmax, cross-entropy',
    data: 'iris',
    hidden: { units: 6, activation: 'gelu' },
    output: { units: 3, activation: 'softmax' },
    loss: 'cross-entropy',
    classes: IRIS_CLASSES
  },
  {
    name: 'fruits 8×8×3 scale 1/255, gelu (tanh) → sigmoid',
    data: 'fruits',
    hidden: { units: 5, activation: 'gelu', approximate: 'tanh' },
    output: { units: 1, activation: 'sigmoid' },
    loss: 'binary-cross-entropy',
    preprocessing: 'scale',
    classes: ['apple', 'other']
  },
  {
    name: 'digits 8×8×1 scale 1/16, silu → softmax',
    data: 'digits',
    hidden: { units: 12, activation: 'silu' },
    output: { units: 10, activation: 'softmax' },
    loss: 'cross-entropy',
    preprocessing: 'scale',
    classes: DIGIT_CLASSES
  },
  {
    name: 'iris silu output, no hidden layer',
    data: 'iris',
    output: { units: 2, activation: 'silu' },
    loss: 'half-squared-error'
  },
  {
    name: 'iris gelu (tanh) output, min-max, no hidden layer',
    data: 'iris',
    output: { units: 3, activation: 'gelu', approximate: 'tanh' },
    loss: 'half-squared-error',
    preprocessing: 'minmax'
  },
  {
    name: 'circles, every input feature, tanh → sigmoid, binary-cross-entropy',
    data: 'circles',
    features: ['x', 'y', 'x2', 'y2', 'xy', 'sinx', 'siny'],
    hidden: { units: 4, activation: 'tanh' },
    output: { units: 1, activation: 'sigmoid' },
    loss: 'binary-cross-entropy',
    classes: ['0', '1']
  },
  {
    name: 'circles x² and y², min-max, no hidden layer',
    data: 'circles',
    features: ['x2', 'y2'],
    output: { units: 1, activation: 'sigmoid' },
    loss: 'binary-cross-entropy',
    preprocessing: 'minmax',
    classes: ['0', '1']
  }
]

/** Raw rows of each data kind, its input shape and its natural preprocessing. */
async function loadData(): Promise<
  Record<
    Plan['data'],
    { rows: number[][]; shape: number[]; preprocessing: Preprocessing | undefined }
  >
> {
  const iris = readIris().features
  const digits = readDigits().features
  const fruits = (await readFruits(8, 3)).features
  const generated = generateDataset('circles', { samples: 200, seed: 3 })
  const circles = Array.from({ length: generated.rows }, (_, row) =>
    Array.from(generated.features.subarray(row * 2, row * 2 + 2))
  )
  return {
    iris: {
      rows: iris,
      shape: [4],
      preprocessing: { kind: 'standardize', ...columnStatistics(iris) }
    },
    digits: { rows: digits, shape: [8, 8, 1], preprocessing: { kind: 'scale', factor: 1 / 16 } },
    // Pixels already in [0, 1], as the lab imports images.
    'digits-scaled': {
      rows: digits.map((row) => row.map((pixel) => pixel / 16)),
      shape: [8, 8, 1],
      preprocessing: undefined
    },
    fruits: { rows: fruits, shape: [8, 8, 3], preprocessing: { kind: 'scale', factor: 1 / 255 } },
    // The lab's own circles generator: raw (x, y) points; the features' preprocessing is fitted below.
    circles: { rows: circles, shape: [2], preprocessing: undefined }
  }
}

/** Min-max preprocessing from the rows' per-column range. */
function minmaxOf(rows: number[][]): Preprocessing {
  return {
    kind: 'minmax',
    min: rows[0].map((_, j) => Math.min(...rows.map((row) => row[j]))),
    max: rows[0].map((_, j) => Math.max(...rows.map((row) => row[j])))
  }
}

/** Sample rows spread over the dataset (it is sorted by class). */
function spreadSamples(rows: number[][], count: number): number[][] {
  const step = Math.floor(rows.length / count)
  return pick(
    rows,
    Array.from({ length: count }, (_, index) => index * step + (index % step))
  )
}

/** Every export case, with weights drawn from a per-case seed (Xavier, biases U(−0.5, 0.5)). */
export async function loadExportCases(): Promise<ExportCase[]> {
  const data = await loadData()
  return PLANS.map((plan, index) => {
    const source = data[plan.data]
    // What the first layer reads: the raw rows, or their input features.
    const firstInputs = plan.features
      ? source.rows.map((row) => Array.from(expandFeatures(plan.features!, row, 1)))
      : source.rows
    const preprocessing: Preprocessing | undefined =
      plan.preprocessing === 'none'
        ? undefined
        : plan.preprocessing === 'minmax'
          ? minmaxOf(firstInputs)
          : plan.features
            ? { kind: 'standardize', ...columnStatistics(firstInputs) }
            : source.preprocessing
    const inputSize = firstInputs[0].length
    const layers = [...(plan.hidden ? [plan.hidden] : []), plan.output]
    const rng = new Rng(1000 + index)
    const network = createNetwork(
      {
        inputSize,
        loss: plan.loss,
        layers: layers.map((layer) => ({
          ...layer,
          trainable: { weights: true, biases: !plan.frozenBiases }
        }))
      },
      createJsKernels('f64'),
      'xavier',
      rng
    )
    for (const layer of network.layers) {
      for (let j = 0; j < layer.units; j++) layer.biases[j] = rng.uniform(-0.5, 0.5)
    }
    const model = modelFileFromNetwork(network, {
      ...(plan.features ? { inputFeatures: plan.features } : { inputShape: source.shape }),
      ...(plan.classes ? { classes: plan.classes } : {}),
      ...(plan.targets ? { targets: plan.targets } : {}),
      ...(preprocessing ? { preprocessing } : {})
    })
    return {
      name: plan.name,
      model,
      samples: spreadSamples(source.rows, Math.min(6, source.rows.length))
    }
  })
}
