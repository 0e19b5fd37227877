import type { DatasetSummary } from '../../src/shared/model/dataset'
import type { ModelFile } from '../../src/shared/model/model-file'

/**
 * A 2 → 2 tanh → 1 sigmoid model whose every number is chosen by hand, for tests of the live
 * boundary and its neuron pictures against a forward pass they compute themselves:
 * h₁ = tanh(1.5x − 0.5y + 0.1), h₂ = tanh(0.25x + 2y − 0.3), P = σ(2h₁ − 1.5h₂ + 0.2).
 */
export const PLANE_MODEL: ModelFile = {
  format: 'backprop-lab/model',
  formatVersion: 1,
  inputSize: 2,
  layers: [
    {
      units: 2,
      activation: 'tanh',
      weights: [
        [1.5, -0.5],
        [0.25, 2]
      ],
      biases: [0.1, -0.3]
    },
    { units: 1, activation: 'sigmoid', weights: [[2, -1.5]], biases: [0.2] }
  ],
  loss: 'binary-cross-entropy'
}

/** Data from (−1, −2) to (3, 2): the boundary's grid reaches 10 % past it on each side. */
export const PLANE_DATASET = {
  features: 2,
  statistics: { min: [-1, -2], max: [3, 2] }
} as unknown as DatasetSummary
