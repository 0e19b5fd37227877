import { describe, expect, it } from 'vitest'
import { normalizationPlan, scalesDiffer } from '@renderer/lib/data/preparation'
import { splitCounts } from '@shared/model/split-counts'
import { splitForRun } from '../../../src/main/dataset-arrays/run-data'

describe('split counts', () => {
  it('splits each class on its own like the engine: iris 80/20 is 120 and 30 rows', () => {
    expect(splitCounts({ rows: 150, classCounts: [50, 50, 50] }, [0.8, 0.2])).toEqual({
      train: 120,
      validation: 30,
      test: 0
    })
  })

  it('rounds cumulatively per class', () => {
    // class of 7 at 70/15/15: train round(4.9) = 5, validation ends at round(5.95) = 6 → 5, 1, 1
    // class of 5: train round(3.5) = 4, validation ends at round(4.25) = 4 → 4, 0, 1
    expect(splitCounts({ rows: 12, classCounts: [7, 5] }, [0.7, 0.15, 0.15])).toEqual({
      train: 9,
      validation: 1,
      test: 2
    })
  })

  it('keeps a dataset’s own test set: MNIST’s folder is 48,000 / 12,000 / 10,000, not 80 / 20', () => {
    // Labels of 70,000 rows: 60,000 train rows (classes 0–9 in turn), then 10,000 test rows.
    const labels = Int32Array.from({ length: 70000 }, (_, row) => (row * 7 + (row >> 4)) % 10)
    const count = (from: number, to: number) =>
      Array.from({ length: 10 }, (_, k) => labels.subarray(from, to).filter((l) => l === k).length)
    const dataset = {
      rows: 70000,
      classCounts: count(0, 70000),
      officialTest: { rows: 10000, classCounts: count(60000, 70000) }
    }
    for (const fractions of [
      [0.8, 0.2],
      [0.7, 0.15, 0.15],
      [1, 0]
    ]) {
      // The engine's own split of the same rows is the independent count.
      const split = splitForRun(70000, fractions, 42, labels, 60000)
      expect(splitCounts(dataset, fractions), fractions.join('/')).toEqual({
        train: split.train.length,
        validation: split.validation.length,
        test: split.test.length
      })
    }
    expect(splitCounts(dataset, [0.8, 0.2])).toEqual({
      train: 48000,
      validation: 12000,
      test: 10000
    })
    // Regression rows with a test set of their own: one group before it.
    expect(
      splitCounts(
        { rows: 10, classCounts: null, officialTest: { rows: 4, classCounts: null } },
        [0.5, 0.5]
      )
    ).toEqual({ train: 3, validation: 3, test: 4 })
  })

  it('splits regression rows as one group and scales fractions to sum to 1', () => {
    // [4, 1] is 80 % / 20 % of 11 rows: round(8.8) = 9 train, 2 validation
    expect(splitCounts({ rows: 11, classCounts: null }, [4, 1])).toEqual({
      train: 9,
      validation: 2,
      test: 0
    })
    expect(splitCounts({ rows: 1, classCounts: null }, [1])).toEqual({
      train: 1,
      validation: 0,
      test: 0
    })
  })
})

describe('normalization plan', () => {
  it('resolves auto as main does: none for image pixels, standardize for tables', () => {
    expect(normalizationPlan({ kind: 'images' }, 'auto')).toEqual({
      kind: 'none',
      auto: true,
      pixels: true
    })
    expect(normalizationPlan({ kind: 'idx' }, 'auto')).toEqual({
      kind: 'none',
      auto: true,
      pixels: true
    })
    expect(normalizationPlan({ kind: 'csv' }, 'auto')).toEqual({
      kind: 'standardize',
      auto: true,
      pixels: false
    })
    expect(normalizationPlan({ kind: 'csv' }, 'minmax')).toEqual({
      kind: 'minmax',
      auto: false,
      pixels: false
    })
  })

  it('warns about raw features on very different scales', () => {
    const stats = (min: number[], max: number[]) => ({ mean: min, std: min, min, max })
    expect(scalesDiffer(stats([0, 0], [1, 1]))).toBe(false)
    // spans 1 and 50: a ratio of 50 is above 20
    expect(scalesDiffer(stats([0, 0], [1, 50]))).toBe(true)
    // spans equal but values up to 16 saturate sigmoid units
    expect(scalesDiffer(stats([0, 0], [16, 16]))).toBe(true)
    // a constant feature (span 0) does not count
    expect(scalesDiffer(stats([0, 3], [1, 3]))).toBe(false)
  })
})
