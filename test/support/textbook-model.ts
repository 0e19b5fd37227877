import type { ModelFile } from '../../src/shared/model/model-file'

/**
 * The contract's example model file (CONTRACTS.md section 2): Matt Mazur's 2-2-2 sigmoid network
 * with half-squared-error and frozen biases, as a fresh object a test may change or break.
 */
export function textbookModelFile(): ModelFile {
  return {
    format: 'backprop-lab/model',
    formatVersion: 1,
    inputSize: 2,
    inputShape: [2],
    layers: [
      {
        units: 2,
        activation: 'sigmoid',
        weights: [
          [0.15, 0.2],
          [0.25, 0.3]
        ],
        biases: [0.35, 0.35],
        trainable: { weights: true, biases: false }
      },
      {
        units: 2,
        activation: 'sigmoid',
        weights: [
          [0.4, 0.45],
          [0.5, 0.55]
        ],
        biases: [0.6, 0.6],
        trainable: { weights: true, biases: false }
      }
    ],
    loss: 'half-squared-error'
  }
}
