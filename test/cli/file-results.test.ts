import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  HOOK_TIMEOUT_MS,
  IRIS_CSV,
  doneLine,
  newHome,
  readLabelledCsv,
  rowsArgument,
  runCli,
  runJson,
  stderrLines
} from './support/cli'
import {
  costOf,
  forwardRows,
  predictedClass,
  readModelJson,
  type ModelJson
} from './support/model-math'

/** A CSV written for a test, in the home folder. */
function writeCsv(home: string, name: string, lines: readonly string[]): string {
  const path = join(home, name)
  writeFileSync(path, `${lines.join('\n')}\n`)
  return path
}

/** `predict --input-file` and `evaluate` on whole files (issue 16, CONTRACTS.md section 4). */
describe('predict and evaluate on files', () => {
  const home = newHome()
  const saved = join(home, 'iris.model.json')
  const iris = readLabelledCsv(IRIS_CSV)
  let model: ModelJson
  let classes: string[]

  beforeAll(async () => {
    const train = await runJson(home, ['train', IRIS_CSV, '--epochs', '5', '--save-model', saved])
    expect(train.code, train.stderr).toBe(0)
    expect(doneLine(train).runId).toBe('r1')
    model = readModelJson(saved)
    classes = (model as unknown as { classes: string[] }).classes
  }, HOOK_TIMEOUT_MS)

  it('a trained model names its inputs (inputNames, in input order)', () => {
    const file = JSON.parse(readFileSync(saved, 'utf8'))
    expect(file.inputNames).toEqual(
      readFileSync(IRIS_CSV, 'utf8').split('\n')[0].split(',').slice(0, 4)
    )
  })

  it('matches columns by name in any order, keeps the id column, lists bad rows by line', async () => {
    const rows = [0, 60, 120].map((index) => iris.rows[index])
    const csv = writeCsv(home, 'shuffled.csv', [
      'sample_id,petal_width_cm,petal_length_cm,sepal_width_cm,sepal_length_cm',
      ...rows.map((row, k) => `s${k},${row[3]},${row[2]},${row[1]},${row[0]}`),
      'broken,abc,1.4,3.0,5.0',
      'short,0.2,1.4'
    ])
    const result = await runCli(['predict', saved, '--input-file', csv, '--home', home])
    expect(result.code, result.stderr).toBe(0)
    const lines = result.stdout.trim().split('\n')
    expect(lines[0]).toBe(`sample_id,${classes.join(',')},predicted`)
    const expected = forwardRows(model, rows)
    lines.slice(1).forEach((line, k) => {
      const fields = line.split(',')
      expect(fields[0]).toBe(`s${k}`)
      fields
        .slice(1, 4)
        .forEach((value, j) => expect(Number(value)).toBeCloseTo(expected[k][j], 12))
      expect(fields[4]).toBe(classes[predictedClass(expected[k])])
    })
    expect(lines).toHaveLength(4)
    expect(result.stderr).toContain(
      `${csv}:5: left out: column "petal_width_cm": "abc" is not a number`
    )
    expect(result.stderr).toContain(
      `${csv}:6: left out: expected 5 fields (as in the header), got 3`
    )
  })

  it('--json gives one line per row, equal to predict --input row by row; - reads stdin', async () => {
    const rows = iris.rows.slice(40, 46)
    const csv = writeCsv(home, 'plain.csv', [
      readFileSync(IRIS_CSV, 'utf8').split('\n')[0],
      ...rows.map((row, k) => [...row, iris.labels[40 + k]].join(','))
    ])
    const fromFile = await runJson(home, ['predict', saved, '--input-file', csv])
    expect(fromFile.code, fromFile.stderr).toBe(0)
    const typed = await runJson(home, ['predict', saved, '--input', rowsArgument(rows)])
    expect(fromFile.lines.map((line) => line.outputs)).toEqual(typed.lines[0].outputs)
    expect(fromFile.lines.map((line) => line.predicted)).toEqual(typed.lines[0].predicted)
    expect(fromFile.lines.map((line) => line.line)).toEqual([2, 3, 4, 5, 6, 7])

    const { spawnSync } = await import('node:child_process')
    const piped = spawnSync(
      join(import.meta.dirname, '../../bin/backprop-lab'),
      ['predict', saved, '--input-file', '-', '--json', '--home', home],
      { input: readFileSync(csv), encoding: 'utf8' }
    )
    expect(piped.status, piped.stderr).toBe(0)
    expect(
      piped.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).outputs)
    ).toEqual(typed.lines[0].outputs)
  })

  it('refuses a file without a column the model needs, naming the file and the input', async () => {
    const csv = writeCsv(home, 'missing.csv', [
      'sepal_length_cm,sepal_width_cm,petal_length_cm',
      '5,3,1'
    ])
    const result = await runCli(['predict', saved, '--input-file', csv, '--home', home])
    expect(result.code).toBe(1)
    expect(result.stderr.trim()).toBe(
      `error: ${csv}: no column for the model's input "petal_width_cm" (the file's columns: sepal_length_cm, sepal_width_cm, petal_length_cm)`
    )
  })

  it('refuses a file whose rows are mostly unreadable, with a summary', async () => {
    const csv = writeCsv(home, 'mostly-bad.csv', [
      'sepal_length_cm,sepal_width_cm,petal_length_cm,petal_width_cm',
      '5,3,1,x',
      '5,3,?,0.2',
      '5,3,1,0.2'
    ])
    const result = await runCli(['predict', saved, '--input-file', csv, '--home', home])
    expect(result.code).toBe(1)
    expect(result.stderr.trim()).toBe(
      `error: ${csv}: 2 of 3 rows cannot be used (first, line 2: column "petal_width_cm": "x" is not a number)`
    )
  })

  it('a model without inputNames takes the columns in order and says so', async () => {
    const file = JSON.parse(readFileSync(saved, 'utf8'))
    delete file.inputNames
    const unnamed = join(home, 'unnamed.model.json')
    writeFileSync(unnamed, JSON.stringify(file))
    const result = await runJson(home, ['predict', unnamed, '--input-file', IRIS_CSV])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toContain(
      "the model names no inputs, so the file's columns are taken in order: sepal_length_cm, sepal_width_cm, petal_length_cm, petal_width_cm"
    )
    expect(result.lines).toHaveLength(150)
  })

  it('evaluate on a labelled file: loss, accuracy, per-class figures, confusion computed independently', async () => {
    const result = await runJson(home, ['evaluate', saved, IRIS_CSV])
    expect(result.code, result.stderr).toBe(0)
    const report = result.lines[0]
    const outputs = forwardRows(model, iris.rows)
    const actual = iris.labels.map((label) => classes.indexOf(label))
    const confusion = classes.map(() => classes.map(() => 0))
    outputs.forEach((row, i) => confusion[actual[i]][predictedClass(row)]++)
    expect(report.confusionMatrix).toEqual(confusion)
    const correct = confusion.reduce((sum, row, k) => sum + row[k], 0)
    expect(report.accuracy).toBeCloseTo(correct / 150, 12)
    const targets = actual.map((k) => classes.map((_, j) => (j === k ? 1 : 0)))
    expect(report.loss).toBeCloseTo(costOf(model, iris.rows, targets), 9)
    report.perClass.forEach((figures: Record<string, number | null>, k: number) => {
      const predicted = confusion.reduce((sum, row) => sum + row[k], 0)
      const labelled = confusion[k].reduce((sum, count) => sum + count, 0)
      expect(figures.name).toBe(classes[k])
      expect(figures.support).toBe(labelled)
      expect(figures.recall).toBeCloseTo(confusion[k][k] / labelled, 12)
      if (predicted > 0) expect(figures.precision).toBeCloseTo(confusion[k][k] / predicted, 12)
    })
  })

  it('evaluate on a dataset id gives the file’s figures; a run id works as MODEL', async () => {
    const fromFile = (await runJson(home, ['evaluate', saved, IRIS_CSV])).lines[0]
    const stored = await runJson(home, ['evaluate', 'r1', 'd1'])
    expect(stored.code, stored.stderr).toBe(0)
    expect(stored.lines[0].confusionMatrix).toEqual(fromFile.confusionMatrix)
    expect(stored.lines[0].loss).toBeCloseTo(fromFile.loss, 6)
    const text = await runCli(['evaluate', 'r1', 'd404', '--home', home])
    expect(text.code).toBe(1)
    expect(text.stderr.trim()).toBe(
      'error: d404: no such file or dataset id (see: backprop-lab datasets)'
    )
  })

  it('evaluate lists rows with an unknown class and still measures the rest', async () => {
    const header = readFileSync(IRIS_CSV, 'utf8').split('\n')[0]
    const csv = writeCsv(home, 'unknown-class.csv', [
      header,
      ...iris.rows.slice(0, 5).map((row, k) => [...row, iris.labels[k]].join(',')),
      '5.0,3.3,1.4,0.2,daisy'
    ])
    const result = await runJson(home, ['evaluate', saved, csv])
    expect(result.code, result.stderr).toBe(0)
    expect(result.lines[0].rows).toBe(5)
    expect(result.lines[0].leftOut).toEqual([
      {
        line: 7,
        reason: `column "label": "daisy" is not one of the model's classes (${classes.join(', ')})`
      }
    ])
  })

  it('evaluate on a file whose labels are none of the model’s classes says so, with the first', async () => {
    const header = readFileSync(IRIS_CSV, 'utf8').split('\n')[0]
    const csv = writeCsv(home, 'prices.csv', [
      header,
      ...iris.rows.slice(0, 3).map((row, k) => [...row, 1.5 + k].join(','))
    ])
    const result = await runCli(['evaluate', saved, csv, '--home', home])
    expect(result.code).toBe(1)
    expect(stderrLines(result)).toEqual([
      `error: ${csv}: 3 of 3 rows cannot be used (first, line 2: column "label": "1.5" is not one of the model's classes (${classes.join(', ')}))`
    ])
  })

  it(
    'evaluate a regression model: R² and MAE computed independently',
    async () => {
      // y = 2·a − b + 0.5 with a little deterministic wobble
      const data = Array.from({ length: 60 }, (_, i) => {
        const a = (i % 10) / 3
        const b = Math.floor(i / 10) / 2
        return [a, b, 2 * a - b + 0.5 + 0.05 * Math.sin(i)]
      })
      const csv = writeCsv(home, 'line.csv', ['a,b,y', ...data.map((row) => row.join(','))])
      const regression = join(home, 'line.model.json')
      const train = await runJson(home, [
        'train',
        csv,
        '--targets',
        'y',
        '--hidden',
        '',
        '--epochs',
        '40',
        '--save-model',
        regression
      ])
      expect(train.code, train.stderr).toBe(0)
      const result = await runJson(home, ['evaluate', regression, csv])
      expect(result.code, result.stderr).toBe(0)
      const lineModel = readModelJson(regression)
      const predicted = forwardRows(
        lineModel,
        data.map((row) => row.slice(0, 2))
      ).map((row) => row[0])
      const y = data.map((row) => row[2])
      const mean = y.reduce((a, b) => a + b, 0) / y.length
      const residual = y.reduce((sum, value, i) => sum + (value - predicted[i]) ** 2, 0)
      const total = y.reduce((sum, value) => sum + (value - mean) ** 2, 0)
      const report = result.lines[0]
      expect(report.accuracy).toBeNull()
      expect(report.r2).toBeCloseTo(1 - residual / total, 9)
      expect(report.mae).toBeCloseTo(
        y.reduce((sum, value, i) => sum + Math.abs(value - predicted[i]), 0) / y.length,
        9
      )
      expect(report.confusionMatrix).toBeNull()
    },
    HOOK_TIMEOUT_MS
  )
})
