import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import ExcelJS from 'exceljs'
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

  it('reads a workbook or arrays sent as bytes as the CSV of the same rows', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Iris')
    sheet.addRow(header)
    iris.rows.forEach((row, i) => sheet.addRow([...row, iris.labels[i]]))
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
    const csv = { name: 'iris.csv', text: readFileSync(IRIS_CSV, 'utf8') }
    const sent = { name: '/uploads/u2/iris.xlsx', text: xlsx, encoding: 'base64' as const }
    const fromCsv = valueOf(await call('results:predict', { source: { runId }, table: csv }))
    const fromXlsx = valueOf(await call('results:predict', { source: { runId }, table: sent }))
    expect(fromXlsx.file).toBe('iris.xlsx')
    expect(fromXlsx.rows.map((row) => row.outputs)).toEqual(fromCsv.rows.map((row) => row.outputs))
    expect(fromXlsx.rows.map((row) => row.line)).toEqual(fromCsv.rows.map((row) => row.line))
    const evaluate = (table: typeof csv) =>
      call('results:evaluate', { source: { runId }, data: { table } })
    const figures = valueOf(await evaluate(csv))
    const onXlsx = valueOf(await evaluate(sent))
    expect(onXlsx.confusion).toEqual(figures.confusion)
    expect(onXlsx.loss).toBeCloseTo(figures.loss, 12)
    const npz = join(mkdtempSync(join(tmpdir(), 'backprop-lab-results-')), 'iris.npz')
    execFileSync('/usr/bin/python3', [
      '-c',
      `import csv, numpy as np
rows = list(csv.reader(open(${JSON.stringify(IRIS_CSV)})))[1:]
np.savez(${JSON.stringify(npz)}, X=np.array([[float(v) for v in r[:4]] for r in rows]), y=np.array([r[4] for r in rows]))`
    ])
    const arrays = {
      name: 'iris.npz',
      text: readFileSync(npz).toString('base64'),
      encoding: 'base64' as const
    }
    const fromNpz = valueOf(await call('results:predict', { source: { runId }, table: arrays }))
    expect(fromNpz.rows.map((row) => row.outputs)).toEqual(fromCsv.rows.map((row) => row.outputs))
    expect(fromNpz.rows[3].place).toBe('iris.npz#3')
    rmSync(dirname(npz), { recursive: true, force: true })
  })

  it('a broken workbook sent as bytes gives its one line, named by its own name', async () => {
    const reply = await call('results:predict', {
      source: { runId },
      table: {
        name: 'book.xlsx',
        text: Buffer.from('not a zip').toString('base64'),
        encoding: 'base64'
      }
    })
    expect(reply.ok).toBe(false)
    const { error } = reply as { error: { message: string; detail: { code: string } } }
    expect(error.detail).toEqual({ code: 'data.brokenWorkbook', params: { file: 'book.xlsx' } })
    expect(error.message).toMatch(/^book\.xlsx: not an Excel \.xlsx workbook \(the file is damaged/)
  })
})
