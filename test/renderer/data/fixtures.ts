import type { DatasetSummary } from '@shared/model/dataset'
import type { ImportOutcome } from '@shared/model/import'

/** A CSV dataset of 12 rows, 3 features and classes a/b/c with 6, 4 and 2 rows; fields can be overridden. */
export function csvDataset(overrides: Partial<DatasetSummary> = {}): DatasetSummary {
  return {
    datasetId: 'd1',
    name: 'pets',
    kind: 'csv',
    source: '/data/pets.csv',
    rows: 12,
    features: 3,
    inputShape: [3],
    featureNames: ['size', 'color=blue', 'color=red'],
    classes: ['a', 'b', 'c'],
    classCounts: [6, 4, 2],
    targets: null,
    contentHash: 'hash',
    statistics: { mean: [2, 0.5, 0.5], std: [1, 0.5, 0.5], min: [1, 0, 0], max: [3, 1, 1] },
    audit: { duplicateRows: 0, constantFeatures: [] },
    skipped: [],
    notes: [],
    createdAt: '2024-01-01T00:00:00.000Z',
    ...overrides
  }
}

/** Where main says the textbook sample's preset weights are. */
export const TEXTBOOK_PRESET = '/app/resources/presets/textbook-2-2-2.model.json'

/**
 * What main suggests with the textbook sample: the 2-2-2 sigmoid network, its preset weights and
 * one full-batch SGD step.
 */
export const TEXTBOOK_SUGGESTION: NonNullable<ImportOutcome['suggested']> = {
  network: {
    hidden: [{ units: 2, activation: 'sigmoid' }],
    output: 'sigmoid',
    loss: 'half-squared-error'
  },
  config: {
    initModel: TEXTBOOK_PRESET,
    optimizer: 'sgd',
    learningRate: 0.5,
    batchSize: 'full',
    split: [1],
    normalize: 'none',
    shuffle: false,
    epochs: 1
  }
}
