import type { TraceInspection, TraceLayer } from '@shared/model/inspect'
import type { NetworkSpec } from '@shared/model/network'
import type { PreviewRow } from '@shared/model/dataset-preview'
import type { RunListItem } from '@shared/model/run-page'
import { pointsDataset } from '../training/fixtures'

/** Where the textbook preset lives on main's side (the renderer only passes the path on). */
export const TEXTBOOK_PATH = '/lab/resources/presets/textbook-2-2-2.model.json'

/** The textbook example's dataset: one row, inputs 0.05 and 0.10, targets 0.01 and 0.99. */
export const TEXTBOOK_DATA = pointsDataset({
  datasetId: 'textbook',
  name: 'textbook 2-2-2 example',
  rows: 1,
  featureNames: ['x1', 'x2'],
  classes: null,
  classCounts: null,
  targets: ['target_o1', 'target_o2']
})

/** Its row as the dataset stores it: Float32 values (0.05 is kept as 0.0500000007…). */
export const TEXTBOOK_ROW: PreviewRow = {
  row: 0,
  values: [Math.fround(0.05), Math.fround(0.1)],
  label: null,
  targets: [Math.fround(0.01), Math.fround(0.99)],
  origin: 'line 2'
}

/**
 * Matt Mazur, "A Step by Step Backpropagation Example" (2015): the numbers the article prints,
 * to the digits it prints them.
 */
export const PUBLISHED = {
  netH1: '0.3775',
  outH1: '0.593269992',
  outH2: '0.596884378',
  outO1: '0.75136507',
  outO2: '0.772928465',
  eTotal: '0.298371109',
  dEdOutO1: '0.74136507',
  dOutO1dNetO1: '0.186815602',
  dEdW5: '0.082167041',
  w5New: '0.35891648',
  w6New: '0.408666186',
  w1New: '0.149780716',
  dEdOutH1: '0.036350306',
  dOutH1dNetH1: '0.241300709',
  dEdW1: '0.000438568'
} as const

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z))
const times = (matrix: number[][], vector: number[]) =>
  matrix.map((row) => row.reduce((sum, weight, k) => sum + weight * vector[k], 0))
const outer = (left: number[], right: number[]) => left.map((l) => right.map((r) => l * r))
const step = (matrix: number[][], gradient: number[][], rate: number) =>
  matrix.map((row, j) => row.map((weight, k) => weight - rate * gradient[j][k]))

/**
 * The textbook's step computed by hand as the article does it (sigmoid layers, E = Σ ½(out −
 * target)², δ_o = (out − target)·out(1 − out), δ_h = (Σ w δ_o)·out_h(1 − out_h), w⁺ = w − η ∂E/∂w
 * with η = 0.5, biases frozen), in the shape `inspect:trace` answers with.
 */
export function textbookTrace(): TraceInspection {
  const x = [0.05, 0.1]
  const y = [0.01, 0.99]
  const w1 = [
    [0.15, 0.2],
    [0.25, 0.3]
  ]
  const w2 = [
    [0.4, 0.45],
    [0.5, 0.55]
  ]
  const b1 = [0.35, 0.35]
  const b2 = [0.6, 0.6]
  const z1 = times(w1, x).map((value, j) => value + b1[j])
  const a1 = z1.map(sigmoid)
  const z2 = times(w2, a1).map((value, j) => value + b2[j])
  const a2 = z2.map(sigmoid)
  const loss = a2.reduce((sum, out, j) => sum + 0.5 * (out - y[j]) ** 2, 0)
  const d2 = a2.map((out, j) => (out - y[j]) * out * (1 - out))
  const back = [0, 1].map((k) => w2[0][k] * d2[0] + w2[1][k] * d2[1])
  const d1 = a1.map((out, j) => back[j] * out * (1 - out))
  const g2 = outer(d2, a1)
  const g1 = outer(d1, x)
  const layer = (
    index: number,
    parts: Pick<TraceLayer, 'z' | 'a' | 'delta' | 'weightGradients' | 'biasGradients'>,
    weights: number[][],
    biases: number[]
  ): TraceLayer => ({
    layer: index,
    ...parts,
    weights,
    biases,
    updatedWeights: step(weights, parts.weightGradients, 0.5),
    updatedBiases: biases
  })
  const frozenBiases = { weights: true, biases: false }
  const network: NetworkSpec = {
    inputSize: 2,
    layers: [
      { units: 2, activation: 'sigmoid', trainable: frozenBiases },
      { units: 2, activation: 'sigmoid', trainable: frozenBiases }
    ],
    loss: 'half-squared-error'
  }
  return {
    loss,
    layers: [
      layer(1, { z: [z1], a: [a1], delta: [d1], weightGradients: g1, biasGradients: d1 }, w1, b1),
      layer(2, { z: [z2], a: [a2], delta: [d2], weightGradients: g2, biasGradients: d2 }, w2, b2)
    ],
    epoch: null,
    learningRate: 0.5,
    l1: 0,
    l2: 0,
    precision: 'f64',
    rows: null,
    inputs: [x],
    targets: [y],
    frozen: [
      { layer: 1, weights: false, biases: true },
      { layer: 2, weights: false, biases: true }
    ],
    network
  }
}

/** A stored run of the Runs list. */
export function runItem(overrides: Partial<RunListItem> = {}): RunListItem {
  return {
    runId: 'run-1',
    name: 'fashion small',
    datasetId: 'images',
    status: 'completed',
    epochs: 20,
    trainLoss: 0.3,
    valLoss: 0.4,
    valAccuracy: 0.8,
    startedAt: '2024-01-01T00:00:00.000Z',
    endedAt: '2024-01-01T00:01:00.000Z',
    experimentId: 'e1',
    datasetName: 'fashion',
    architecture: '12-4-3',
    trainAccuracy: 0.9,
    plannedEpochs: 20,
    seconds: 60,
    paused: false,
    notes: '',
    tags: [],
    parent: null,
    raceId: null,
    targetCheck: null,
    ...overrides
  }
}

/** A 2×2×3 colour image dataset of 3 classes with 30 rows (12 inputs). */
export const IMAGE_DATA = pointsDataset({
  datasetId: 'images',
  name: 'fashion',
  kind: 'images',
  rows: 30,
  features: 12,
  inputShape: [2, 2, 3],
  featureNames: [],
  classes: ['coat', 'shirt', 'bag'],
  classCounts: [10, 10, 10]
})
