import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { predictRows } from '../../src/main/services/predict'
import { readModelFile } from '../../src/main/services/model-files'
import { forwardRows, readModelJson } from '../cli/support/model-math'
import { readLabelledCsv, rowsArgument, runJson } from '../cli/support/cli'
import {
  caller,
  IRIS_CSV,
  trainedLab,
  valueOf,
  type Call,
  type TrainedLab
} from './support/trained-lab'

/** Open model… and Predict through the handlers, on a json export of a run trained in the test. */
describe('model handlers', () => {
  let trained: TrainedLab
  let folder: string
  let exported: string
  let dialogAnswer: string | null
  let call: Call
  const iris = readLabelledCsv(IRIS_CSV)
  // one raw row of each species, as a user would type them
  const rows = [3, 60, 120].map((index) => iris.rows[index])

  beforeAll(async () => {
    trained = await trainedLab()
    const runId = await trained.train({ hidden: [6], activation: 'tanh', epochs: 15, seed: 3 })
    folder = mkdtempSync(join(tmpdir(), 'backprop-lab-models-'))
    call = caller(trained.lab, {
      mode: 'electron',
      openDialog: async (kind) => (kind === 'folder' ? folder : dialogAnswer)
    })
    const outcome = valueOf(await call('runs:export', { runId, format: 'json' }))!
    exported = join(outcome.folder, 'model.model.json')
  })
  afterAll(() => {
    trained.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('opens an exported json model from the desktop dialog', async () => {
    dialogAnswer = exported
    const opened = valueOf(await call('models:open'))!
    expect(opened.name).toBe('model.model.json')
    expect(opened.model).toEqual(JSON.parse(readFileSync(exported, 'utf8')))
    expect(opened.model.classes).toEqual(['setosa', 'versicolor', 'virginica'])
  })

  it('answers null when the dialog is cancelled', async () => {
    dialogAnswer = null
    expect(valueOf(await call('models:open'))).toBeNull()
  })

  it('refuses a bad model file, naming the file and the field', async () => {
    const bad = readModelJson(exported)
    bad.layers[1].weights = bad.layers[1].weights.map((row) => row.slice(1))
    const path = join(folder, 'bad.model.json')
    writeFileSync(path, JSON.stringify(bad))
    dialogAnswer = path
    expect(await call('models:open')).toEqual({
      ok: false,
      error: {
        kind: 'user',
        message: `${path}: layers[1].weights: expected 3 rows of 6, got 3 rows of 5`
      }
    })
    expect(
      await call('models:read', { name: 'bad.model.json', text: JSON.stringify(bad) })
    ).toEqual({
      ok: false,
      error: {
        kind: 'user',
        message: 'bad.model.json: layers[1].weights: expected 3 rows of 6, got 3 rows of 5'
      }
    })
    const missing = await call('models:read', {
      name: 'm.json',
      text: JSON.stringify({ ...bad, loss: undefined })
    })
    expect(missing.ok || missing.error.message).toMatch(/^m\.json: loss: /)
    const notJson = await call('models:read', { name: 'm.json', text: '{"format": ' })
    expect(notJson.ok || notJson.error.message).toMatch(/^m\.json: not valid JSON/)
  })

  it('predicts from the file text the numbers of the forward pass, of predictRows and of the CLI', async () => {
    const opened = valueOf(
      await call('models:read', { name: 'model.model.json', text: readFileSync(exported, 'utf8') })
    )
    const prediction = valueOf(await call('models:predict', { model: opened.model, rows }))
    expect(prediction).toEqual(predictRows(readModelFile(exported), rows))
    // independent truth: CONTRACTS.md section 1 computed directly from the file
    const expected = forwardRows(readModelJson(exported), rows)
    prediction.outputs.forEach((outputs, row) =>
      outputs.forEach((value, k) => expect(value).toBeCloseTo(expected[row][k], 12))
    )
    const cli = await runJson(trained.home, ['predict', exported, '--input', rowsArgument(rows)])
    expect(cli.code).toBe(0)
    expect(cli.lines).toEqual([prediction])
    // a 15-epoch tanh network tells the three species apart on these typical rows
    expect(prediction.predicted).toEqual(['setosa', 'versicolor', 'virginica'])
  })

  it('refuses rows of the wrong width, naming the row', async () => {
    const { model } = valueOf(
      await call('models:read', { name: 'm.json', text: readFileSync(exported, 'utf8') })
    )
    expect(
      await call('models:predict', {
        model,
        rows: [
          [1, 2, 3, 4],
          [1, 2, 3]
        ]
      })
    ).toEqual({
      ok: false,
      error: {
        kind: 'user',
        message: 'row 2: the model takes 4 values, got 3',
        detail: { code: 'predict.rowWidth', params: { row: 2, expected: 4, got: 3 } }
      }
    })
  })
})
