import { describe, expect, it } from 'vitest'
import { predictRows } from '../../src/main/services/predict'
import {
  expandFeatures,
  featureInputNames,
  INPUT_FEATURE_NAMES
} from '../../src/shared/model/input-features'
import type { ModelFile } from '../../src/shared/model/model-file'
import { parseModelFile } from '../../src/shared/validation/model-file'

/** A 4-input logistic model reading x, y, x², sin y of raw (x, y), standardized. */
const MODEL: ModelFile = {
  format: 'backprop-lab/model',
  formatVersion: 1,
  inputSize: 4,
  inputNames: ['east', 'north'],
  inputFeatures: ['x', 'y', 'x2', 'siny'],
  layers: [{ units: 1, activation: 'sigmoid', weights: [[0.5, -1, 2, 0.25]], biases: [-0.3] }],
  loss: 'binary-cross-entropy',
  classes: ['a', 'b'],
  preprocessing: { kind: 'standardize', mean: [0, 0, 1, 0], std: [1, 2, 0.5, 1] }
}

describe('input features (shared/model/input-features.ts)', () => {
  it('computes each feature of (x, y) as its formula says', () => {
    expect(Array.from(expandFeatures(INPUT_FEATURE_NAMES, [0.5, -2], 1))).toEqual([
      0.5,
      -2,
      0.25,
      4,
      -1,
      Math.sin(0.5),
      Math.sin(-2)
    ])
    expect(featureInputNames(['x2', 'xy', 'siny'], ['east', 'north'])).toEqual([
      'east²',
      'eastnorth',
      'sin north'
    ])
  })

  it('round-trips through the model file: predict takes raw (x, y) and computes the rest', () => {
    const parsed = parseModelFile(JSON.parse(JSON.stringify(MODEL)))
    expect(parsed.inputFeatures).toEqual(['x', 'y', 'x2', 'siny'])
    const [x, y] = [0.7, -1.1]
    // z = b + Σ w_j (f_j − mean_j) / std_j over f = (x, y, x², sin y), by hand
    const z = -0.3 + 0.5 * x - 1 * (y / 2) + 2 * ((x * x - 1) / 0.5) + 0.25 * Math.sin(y)
    const [[p]] = predictRows(parsed, [[x, y]]).outputs
    expect(p).toBeCloseTo(1 / (1 + Math.exp(-z)), 14)
    expect(() => predictRows(parsed, [[x, y, 1, 2]])).toThrow(/2/)
  })

  it.each([
    [{ inputFeatures: ['x', 'y', 'x3', 'siny'] }, /^inputFeatures\[2\]: unknown feature "x3"/],
    [{ inputFeatures: ['x', 'x', 'x2', 'siny'] }, /^inputFeatures\[1\]: "x" is listed twice/],
    [
      { inputFeatures: ['x', 'y', 'x2'] },
      /^inputFeatures: expected 4 features, one per input, got 3/
    ],
    [{ inputNames: ['a', 'b', 'c', 'd'] }, /^inputNames: expected 2 names, one per input, got 4/]
  ])('refuses a model file whose inputFeatures do not fit: %j', (change, message) => {
    expect(() => parseModelFile({ ...MODEL, ...change })).toThrow(message)
  })
})
