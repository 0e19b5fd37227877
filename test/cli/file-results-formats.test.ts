import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { beforeAll, describe, expect, it } from 'vitest'
import { HOOK_TIMEOUT_MS, IRIS_CSV, newHome, readLabelledCsv, runCli, runJson } from './support/cli'

/**
 * `predict --input-file` and `evaluate` on every table format `import` reads (issue 16): iris as
 * .xlsx, .json, .jsonl, .parquet (written here by exceljs / hyparquet-writer / by hand) and
 * .npy/.npz (by Debian's NumPy) gives the same predictions as iris.csv; a broken file of each
 * kind gives one clear line.
 */
/** iris.csv's feature columns, which the trained model names as its inputs. */
const IRIS_INPUTS = 'sepal_length_cm, sepal_width_cm, petal_length_cm, petal_width_cm'

describe('predict and evaluate on every table format', () => {
  const home = newHome()
  const saved = join(home, 'iris.model.json')
  const iris = readLabelledCsv(IRIS_CSV)
  const names = ['sepal_length_cm', 'sepal_width_cm', 'petal_length_cm', 'petal_width_cm', 'label']
  const records = iris.rows.map((row, i) =>
    Object.fromEntries([...row.map((value, j) => [names[j], value]), ['label', iris.labels[i]]])
  )
  const path = (name: string) => join(home, name)
  let fromCsv: { outputs: number[]; predicted: string }[]

  beforeAll(async () => {
    const train = await runJson(home, ['train', IRIS_CSV, '--epochs', '5', '--save-model', saved])
    expect(train.code, train.stderr).toBe(0)
    const predicted = await runJson(home, ['predict', saved, '--input-file', IRIS_CSV])
    expect(predicted.code, predicted.stderr).toBe(0)
    fromCsv = predicted.lines.map(({ outputs, predicted }) => ({ outputs, predicted }))
    // Column order shuffled on purpose: named formats are matched by name.
    const shuffled = [3, 0, 4, 2, 1].map((j) => names[j])
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Iris')
    sheet.addRow(shuffled)
    for (const record of records) sheet.addRow(shuffled.map((name) => record[name]))
    await workbook.xlsx.writeFile(path('iris.xlsx'))
    writeFileSync(path('iris.json'), JSON.stringify(records))
    writeFileSync(path('iris.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n')
    const parquet = parquetWriteBuffer({
      columnData: shuffled.map((name) => ({
        name,
        data: records.map((record) => record[name]),
        type: name === 'label' ? 'STRING' : 'DOUBLE'
      }))
    })
    writeFileSync(path('iris.parquet'), Buffer.from(parquet))
    execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        `
import csv, numpy as np
rows = list(csv.reader(open(${JSON.stringify(IRIS_CSV)})))[1:]
X = np.array([[float(v) for v in r[:4]] for r in rows])
y = np.array([r[4] for r in rows])
np.save("X.npy", X); np.save("y.npy", y)
np.savez("iris.npz", X=X, y=y)
np.save("cube_X.npy", np.zeros((3, 2, 2))); np.save("cube_y.npy", np.zeros(3))
np.savez("odd.npz", a=X, b=y)
import os; os.makedirs("alone", exist_ok=True)
np.save("alone/features.npy", X); np.savez("alone/unlabelled.npz", X=X)
`
      ],
      { cwd: home, stdio: 'pipe' }
    )
  }, HOOK_TIMEOUT_MS)

  it.each([
    ['iris.xlsx', 'by name'],
    ['iris.json', 'by name'],
    ['iris.jsonl', 'by name'],
    ['iris.parquet', 'by name'],
    ['X.npy', 'in order'],
    ['iris.npz', 'in order']
  ])('predict on %s (columns %s) equals predict on the CSV of the same rows', async (name, how) => {
    const result = await runJson(home, ['predict', saved, '--input-file', path(name)])
    expect(result.code, result.stderr).toBe(0)
    expect(result.lines.map(({ outputs, predicted }) => ({ outputs, predicted }))).toEqual(fromCsv)
    // Arrays have no column names: they are taken in order, saying so, and rows named by place.
    // The model names its inputs (iris.csv's header), so the note says which each column is.
    const inOrder = `names no columns, so its columns are taken in order as the model's inputs ${IRIS_INPUTS}`
    if (how === 'in order') {
      expect(result.stderr).toContain(inOrder)
      expect(result.lines[16].place).toBe(`${name}#16`)
    } else expect(result.stderr).not.toContain('taken in order')
  })

  it('predict on an .xlsx writes the CSV predictions, not CSV-parser noise', async () => {
    const csv = await runCli(['predict', saved, '--input-file', IRIS_CSV, '--home', home])
    const xlsx = await runCli(['predict', saved, '--input-file', path('iris.xlsx'), '--home', home])
    expect(xlsx.code, xlsx.stderr).toBe(0)
    expect(xlsx.stdout).toBe(csv.stdout)
  })

  it.each([['alone/features.npy'], ['alone/unlabelled.npz']])(
    'predict on %s with no labels beside it equals predict on the CSV (predicting needs no labels)',
    async (name) => {
      const result = await runJson(home, ['predict', saved, '--input-file', path(name)])
      expect(result.code, result.stderr).toBe(0)
      expect(result.lines.map(({ outputs, predicted }) => ({ outputs, predicted }))).toEqual(
        fromCsv
      )
      expect(result.stderr).toContain(
        `names no columns, so its columns are taken in order as the model's inputs ${IRIS_INPUTS}`
      )
      expect(result.stderr).not.toContain('the model names no inputs')
    }
  )

  it.each([
    [
      'alone/features.npy',
      'evaluating needs labels, and no labels array is beside it (looked for labels.npy, y.npy)'
    ],
    [
      'alone/unlabelled.npz',
      'evaluating needs labels, and no features and labels arrays were found (it holds: X)'
    ]
  ])('evaluate on %s alone says it needs labels, naming the file', async (name, problem) => {
    const result = await runCli(['evaluate', saved, path(name), '--home', home])
    expect(result.code).toBe(1)
    expect(result.stderr.trim()).toBe(
      `error: ${path(name)}: ${problem}; ${name.endsWith('.npy') ? 'save the labels beside it as one of those, or save X and y together in an .npz' : 'save them as X and y'}`
    )
  })

  it('evaluate on an .xlsx (and on arrays) gives the same figures as on the CSV', async () => {
    const csv = (await runJson(home, ['evaluate', saved, IRIS_CSV])).lines[0]
    for (const name of ['iris.xlsx', 'iris.npz']) {
      const result = await runJson(home, ['evaluate', saved, path(name)])
      expect(result.code, result.stderr).toBe(0)
      const report = result.lines[0]
      expect(report.rows).toBe(150)
      expect(report.confusionMatrix).toEqual(csv.confusionMatrix)
      expect(report.accuracy).toBe(csv.accuracy)
      expect(report.loss).toBeCloseTo(csv.loss, 12)
      expect(report.perClass).toEqual(csv.perClass)
    }
  })

  it('rows a reader leaves out are listed by line or record, the rest predicted', async () => {
    const lines = records.slice(0, 4).map((r) => JSON.stringify(r))
    lines.splice(2, 0, '{"sepal_length_cm": 5.1,')
    writeFileSync(path('bad-line.jsonl'), lines.join('\n') + '\n')
    const jsonl = await runJson(home, ['predict', saved, '--input-file', path('bad-line.jsonl')])
    expect(jsonl.code, jsonl.stderr).toBe(0)
    expect(jsonl.lines.map((line) => line.line)).toEqual([1, 2, 4, 5])
    expect(jsonl.stderr).toContain(`${path('bad-line.jsonl')}:3: left out: `)
    const array = [...records.slice(0, 3), { ...records[3], petal_width_cm: 'wide' }]
    writeFileSync(path('bad-record.json'), JSON.stringify(array))
    const json = await runJson(home, ['predict', saved, '--input-file', path('bad-record.json')])
    expect(json.code, json.stderr).toBe(0)
    expect(json.lines).toHaveLength(3)
    expect(json.stderr).toContain(
      'bad-record.json#3: left out: column "petal_width_cm": "wide" is not a number'
    )
  })

  it.each([
    [
      'fake.xlsx',
      'not an xlsx',
      'not an Excel .xlsx workbook (the file is damaged, or another kind of file named .xlsx); open it in a spreadsheet program and save it again as .xlsx'
    ],
    ['fake.parquet', 'not a parquet', 'not a readable Parquet file (parquet file invalid'],
    ['broken.json', '[{"a": 1},', 'not valid JSON (it ends too soon)'],
    [
      'object.json',
      '{"a": 1}',
      'expected an array of records ([{"x": 1, "label": "a"}, …]), not an object'
    ],
    ['empty.jsonl', '\n\n', 'the file has no records'],
    [
      'cube_X.npy',
      null,
      'a 3-D array (shape 3×2×2); features must be a 2-D array [rows × features]'
    ],
    [
      'odd.npz',
      null,
      'no features array found (it holds: a, b); expected one named X, x, inputs or features'
    ]
  ])('a broken %s gives its one line', async (name, content, problem) => {
    if (content !== null) writeFileSync(path(name), content)
    const result = await runCli(['predict', saved, '--input-file', path(name), '--home', home])
    expect(result.code).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).not.toMatch(/https?:/)
    expect(lines[0].startsWith(`error: ${path(name)}: ${problem}`), lines[0]).toBe(true)
  })
})
