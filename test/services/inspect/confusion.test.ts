import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { splitForRun } from '../../../src/main/dataset-arrays/run-data'
import type { DatasetSummary } from '../../../src/shared/model/dataset'
import { UserError, userError } from '../../../src/shared/errors'
import {
  gridCsv,
  handModel,
  importCsv,
  openInspectLab,
  storeRun,
  type InspectLab
} from './support/inspect-lab'
import { referenceClass, referenceForward, standardized } from './support/reference'

/** A 2 → 3 ReLU → 3 softmax model that gets the grid's classes partly right. */
const model = handModel(
  2,
  [
    {
      units: 3,
      activation: 'relu',
      weights: [
        [-1, 0],
        [1, -1],
        [1, 1]
      ],
      biases: [0, 0.2, -0.5]
    },
    {
      units: 3,
      activation: 'softmax',
      weights: [
        [2, 0, 0],
        [0, 2, 0],
        [0, 0, 2]
      ],
      biases: [0, 0, 0]
    }
  ],
  'cross-entropy',
  {
    classes: ['c0', 'c1', 'c2'],
    preprocessing: { kind: 'standardize', mean: [0.25, 0.25], std: [1.5, 1.5] }
  }
)

describe('inspect:confusion and inspect:confusion-cell', () => {
  let context: InspectLab
  let dataset: DatasetSummary
  let runId: string
  const grid = gridCsv()
  /** The reference's predicted class of every grid row. */
  const predictedOf = grid.inputs.map((x) =>
    referenceClass(referenceForward(model, standardized(x, [0.25, 0.25], [1.5, 1.5])).at(-1)!.a)
  )

  beforeAll(async () => {
    context = openInspectLab()
    dataset = await importCsv(context.lab, 'grid', grid.text)
    runId = storeRun(context.lab, dataset, model, { config: { split: [0.6, 0.4] } })
  })
  afterAll(() => context.close())

  const validationRows = () =>
    Array.from(splitForRun(dataset.rows, [0.6, 0.4], 42, Int32Array.from(grid.labels)).validation)

  it('inspect:held-out lists the validation rows among the first ones, in order', () => {
    const rows = validationRows().sort((a, b) => a - b)
    expect(context.inspect.heldOut({ runId, limit: dataset.rows })).toEqual({
      validation: rows,
      test: []
    })
    const limit = Math.ceil(dataset.rows / 2)
    expect(context.inspect.heldOut({ runId, limit }).validation).toEqual(
      rows.filter((row) => row < limit)
    )
    expect(() => context.inspect.heldOut({ runId: 'nope', limit: 5 })).toThrow(UserError)
  })

  it("counts every validation row under its actual class and the reference forward pass's prediction", async () => {
    const rows = validationRows()
    const expected = [0, 1, 2].map(() => [0, 0, 0])
    for (const row of rows) expected[grid.labels[row]][predictedOf[row]]++
    const confusion = (await context.inspect.confusion({ runId, part: 'validation' }))!
    expect(confusion.matrix).toEqual(expected)
    expect(confusion.total).toBe(rows.length)
    expect(confusion.classes).toEqual(['c0', 'c1', 'c2'])
    expect(confusion.accuracy).toBeCloseTo(
      rows.filter((row) => grid.labels[row] === predictedOf[row]).length / rows.length,
      14
    )
    // The model is wrong somewhere, so cells off the diagonal are exercised too.
    expect(
      expected.flat().filter((count, cell) => count > 0 && cell % 4 !== 0).length
    ).toBeGreaterThan(0)
  })

  it("each cell's rows really have that actual and predicted class, and the cells together are the validation part", async () => {
    const confusion = (await context.inspect.confusion({ runId, part: 'validation' }))!
    const seen: number[] = []
    for (let actual = 0; actual < 3; actual++) {
      for (let predicted = 0; predicted < 3; predicted++) {
        const cell = await context.inspect.confusionCell({
          runId,
          part: 'validation',
          actual,
          predicted,
          offset: 0,
          limit: 1000
        })
        expect(cell.total).toBe(confusion.matrix[actual][predicted])
        for (const { row, origin } of cell.rows) {
          expect(grid.labels[row]).toBe(actual)
          expect(predictedOf[row]).toBe(predicted)
          expect(origin).toBe(`grid.csv:${row + 2}`)
        }
        seen.push(...cell.rows.map(({ row }) => row))
      }
    }
    expect(seen.sort((a, b) => a - b)).toEqual(validationRows())
  })

  it('pages through a cell in dataset order', async () => {
    const all = await context.inspect.confusionCell({
      runId,
      part: 'train',
      actual: 2,
      predicted: 2,
      offset: 0,
      limit: 1000
    })
    expect(all.rows.length).toBeGreaterThan(3)
    const page = await context.inspect.confusionCell({
      runId,
      part: 'train',
      actual: 2,
      predicted: 2,
      offset: 1,
      limit: 2
    })
    expect(page).toEqual({ epoch: 1, total: all.total, offset: 1, rows: all.rows.slice(1, 3) })
  })

  it('is null for an empty part and refuses a class the model lacks', async () => {
    expect(await context.inspect.confusion({ runId, part: 'test' })).toBeNull()
    await expect(
      context.inspect.confusionCell({
        runId,
        part: 'validation',
        actual: 3,
        predicted: 0,
        offset: 0,
        limit: 5
      })
    ).rejects.toThrow(userError('inspect.classRange', { field: 'actual', last: 2, got: 3 }))
  })

  it('is null for a regression run', async () => {
    const regression = await context.lab.imports.importPath(writeRegressionCsv(context), {
      targets: ['y']
    })
    const linear = handModel(
      1,
      [{ units: 1, activation: 'linear', weights: [[2]], biases: [1] }],
      'half-squared-error'
    )
    const regressionRun = storeRun(context.lab, regression.dataset, linear)
    expect(await context.inspect.confusion({ runId: regressionRun, part: 'validation' })).toBeNull()
  })
})

function writeRegressionCsv(context: InspectLab): string {
  const path = join(context.home, 'line.csv')
  const rows = Array.from({ length: 20 }, (_, i) => `${i},${2 * i + 1}`)
  writeFileSync(path, ['x,y', ...rows].join('\n'))
  return path
}
