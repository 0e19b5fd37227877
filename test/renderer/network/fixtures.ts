import type { DatasetSummary } from '@shared/model/dataset'

/** A dataset summary with only what the Network screen reads filled in. */
function dataset(
  fields: Pick<
    DatasetSummary,
    'name' | 'features' | 'inputShape' | 'featureNames' | 'classes' | 'targets'
  >
): DatasetSummary {
  return {
    datasetId: fields.name,
    kind: fields.inputShape.length === 3 ? 'idx' : 'csv',
    source: `/data/${fields.name}`,
    rows: 100,
    classCounts: fields.classes?.map(() => 10) ?? null,
    contentHash: 'hash',
    statistics: { mean: [], std: [], min: [], max: [] },
    audit: { duplicateRows: 0, constantFeatures: [] },
    skipped: [],
    notes: [],
    createdAt: '2024-01-01T00:00:00Z',
    ...fields
  }
}

/** Iris: 4 measurements, 3 species. */
export const IRIS = dataset({
  name: 'iris',
  features: 4,
  inputShape: [4],
  featureNames: ['sepal_length_cm', 'sepal_width_cm', 'petal_length_cm', 'petal_width_cm'],
  classes: ['setosa', 'versicolor', 'virginica'],
  targets: null
})

/** MNIST: 28×28 grey images, 10 digits. */
export const MNIST = dataset({
  name: 'mnist',
  features: 784,
  inputShape: [28, 28, 1],
  featureNames: Array.from({ length: 784 }, (_, index) => `pixel${index}`),
  classes: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  targets: null
})

/** Breast cancer: 30 measurements, two classes (malignant is the positive one). */
export const BREAST_CANCER = dataset({
  name: 'breast-cancer',
  features: 30,
  inputShape: [30],
  featureNames: Array.from({ length: 30 }, (_, index) => `feature_${index + 1}`),
  classes: ['benign', 'malignant'],
  targets: null
})

/** A 2-D set with two classes, as the generators make. */
export const CIRCLES = dataset({
  name: 'circles',
  features: 2,
  inputShape: [2],
  featureNames: ['x', 'y'],
  classes: ['outer', 'inner'],
  targets: null
})

/** Regression with one target. */
export const HOUSES = dataset({
  name: 'houses',
  features: 3,
  inputShape: [3],
  featureNames: ['rooms', 'age', 'distance'],
  classes: null,
  targets: ['price']
})

/** The textbook example: two inputs, two regression targets. */
export const TEXTBOOK = dataset({
  name: 'textbook',
  features: 2,
  inputShape: [2],
  featureNames: ['x1', 'x2'],
  classes: null,
  targets: ['target_o1', 'target_o2']
})
