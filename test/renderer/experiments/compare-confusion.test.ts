import { describe, expect, it } from 'vitest'
import { confusionComparison } from '@renderer/lib/experiments/confusion'
import type { RunPage } from '@shared/model/run-page'
import { comparedRun } from './compare-fixtures'

const IRIS = ['setosa', 'versicolor', 'virginica']
const WINE = ['class_0', 'class_1', 'class_2']

/** A finished run on these classes with a validation matrix (or only a training one). */
function classifier(runId: string, classes: string[] | null, part: 'validation' | 'train') {
  const matrix = [
    [5, 0, 0],
    [0, 4, 1],
    [0, 0, 5]
  ]
  const evaluation = { loss: 0.1, accuracy: 0.93, confusion: matrix }
  return comparedRun(runId, {
    view: {
      classes,
      summary: {
        train: { ...evaluation, confusion: part === 'train' ? matrix : null },
        validation: part === 'validation' ? evaluation : null,
        test: null,
        trainingSeconds: 1,
        samplesPerSecond: 100
      }
    }
  }).view
}
const regression = comparedRun('reg', { view: { classes: null, summary: null } }).view
const ids = (views: RunPage[]) => views.map((view) => view.detail.runId)

describe('confusionComparison', () => {
  it('shows every matrix when all runs are on the same classes', () => {
    const runs = [classifier('a', IRIS, 'validation'), classifier('b', [...IRIS], 'train')]
    const comparison = confusionComparison(runs)
    expect(comparison.classes).toEqual(IRIS)
    expect(comparison.shown.map((run) => [run.runId, run.part])).toEqual([
      ['a', 'validation'],
      ['b', 'train']
    ])
    expect(comparison.leftOut).toEqual([])
    expect(comparison.withoutMatrix).toEqual([])
  })

  it('shows the largest group on the same classes and leaves the others out by name', () => {
    const runs = [
      classifier('a', IRIS, 'validation'),
      classifier('b', WINE, 'validation'),
      classifier('c', WINE, 'validation'),
      regression
    ]
    const comparison = confusionComparison(runs)
    expect(comparison.classes).toEqual(WINE)
    expect(comparison.shown.map((run) => run.runId)).toEqual(['b', 'c'])
    expect(comparison.leftOut).toEqual(['a'])
    expect(comparison.withoutMatrix).toEqual(['reg'])
  })

  it('shows none when no two runs share their classes, or the classes are in another order', () => {
    const reordered = [IRIS[1], IRIS[0], IRIS[2]]
    const runs = [classifier('a', IRIS, 'validation'), classifier('b', reordered, 'validation')]
    const comparison = confusionComparison(runs)
    expect(comparison.shown).toEqual([])
    expect(comparison.classes).toBeNull()
    expect(comparison.leftOut).toEqual(ids(runs))
  })

  it('counts a run whose dataset was deleted (no class names) as without a matrix', () => {
    const runs = [classifier('a', IRIS, 'validation'), classifier('b', null, 'validation')]
    expect(confusionComparison(runs)).toMatchObject({
      shown: [],
      leftOut: ['a'],
      withoutMatrix: ['b']
    })
  })
})
