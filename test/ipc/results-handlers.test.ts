import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runModel } from '../../src/main/services/run-model'
import { forwardRows, predictedClass, type ModelJson } from '../cli/support/model-math'
import { readLabelledCsv } from '../cli/support/cli'
import {
  caller,
  IRIS_CSV,
  trainedLab,
  valueOf,
  type Call,
  type TrainedLab
} from './support/trained-lab'

/** The app's Predict on a file and Evaluate, through dispatch as the renderer calls them. */
describe('results handlers', () => {
  let trained: TrainedLab
  let call: Call
  let runId: string
  let model: ModelJson
  const iris = readLabelledCsv(IRIS_CSV)
  const header = readFileSync(IRIS_CSV, 'utf8').split('\n')[0].split(',')

  beforeAll(async () => {
    trained = await trainedLab()
    runId = await trained.train({ hidden: [5], epochs: 10, seed: 7 })
    call = caller(trained.lab, { mode: 'browser' })
    model = runModel(trained.lab.db, runId) as unknown as ModelJson
  })
  afterAll(() => trained.close())

  it('predicts every row of a file the page read, columns matched by name', async () => {
    const rows = [5, 55, 105].map((index) => iris.rows[index])
    const text = [
      `id,${[...header.slice(0, 4)].reverse().join(',')}`,
      ...rows.map((row, k) => `flower-${k},${[...row].reverse().join(',')}`)
    ].join('\n')
    const predictions = valueOf(
      await call('results:predict', {
        source: { runId },
        table: { name: '/uploads/u1/flowers.csv', text }
      })
    )
    expect(predictions.file).toBe('flowers.csv')
    expect(predictions.idName).toBe('id')
    expect(predictions.outputNames).toEqual(['setosa', 'versicolor', 'virginica'])
    const expected = forwardRows(model, rows)
    predictions.rows.forEach((row, k) => {
      expect(row.id).toBe(`flower-${k}`)
      expect(row.line).toBe(k + 2)
      row.outputs.forEach((value, j) => expect(value).toBeCloseTo(expected[k][j], 12))
      expect(row.predicted).toBe(predictions.outputNames[predictedClass(expected[k])])
    })
  })

  it('evaluates on the stored dataset and on a labelled file alike', async () => {
    const stored = valueOf(
      await call('results:evaluate', { source: { runId }, data: { datasetId: trained.datasetId } })
    )
    const fromFile = valueOf(
      await call('results:evaluate', {
        source: { runId },
        data: { table: { name: 'iris.csv', text: readFileSync(IRIS_CSV, 'utf8') } }
      })
    )
    expect(stored.rows).toBe(150)
    expect(fromFile.confusion).toEqual(stored.confusion)
    const confusion = [0, 1, 2].map(() => [0, 0, 0])
    forwardRows(model, iris.rows).forEach((outputs, i) => {
      confusion[['setosa', 'versicolor', 'virginica'].indexOf(iris.labels[i])][
        predictedClass(outputs)
      ]++
    })
    expect(stored.confusion).toEqual(confusion)
  })

  it('a file problem comes back as a code with parameters, and as English text', async () => {
    const reply = await call('results:predict', {
      source: { runId },
      table: { name: 'short.csv', text: 'sepal_length_cm,petal_width_cm\n5,0.2\n' }
    })
    expect(reply).toEqual({
      ok: false,
      error: {
        kind: 'user',
        message:
          'short.csv: no column for the model\'s inputs "sepal_width_cm", "petal_length_cm" (the file\'s columns: sepal_length_cm, petal_width_cm)',
        detail: {
          code: 'results.missingInputs',
          params: {
            file: 'short.csv',
            missing: ['sepal_width_cm', 'petal_length_cm'],
            columns: ['sepal_length_cm', 'petal_width_cm']
          }
        }
      }
    })
  })
})
