import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLab, type Lab } from '../../../src/main/lab'
import type { ImportOptions } from '../../../src/main/services/datasets/imported-dataset'
import { csvColumns } from '../../../src/main/services/datasets/csv/csv-columns'
import { optionsOfImportKey } from '../../../src/main/services/datasets/import-key'
import { UploadFolders } from '../../../src/main/web/uploads'
import type { DatasetSummary } from '../../../src/shared/model/dataset'
import { readInt32, readStoredValues } from '../../../src/main/dataset-arrays/stored-arrays'
import { textOf } from '../../../src/shared/messages'

/**
 * Every table format against the CSV import of the same data: iris written as JSON, JSON Lines,
 * .npy, .npz (by Debian's NumPy), .xlsx (by exceljs) and Parquet (by hyparquet-writer) must
 * import to the same rows, features and classes as iris.csv; broken files give their one line.
 */

const IRIS = '/work/shared/datasets/iris/iris.csv'
const [header, ...lines] = readFileSync(IRIS, 'utf8').trimEnd().split('\n')
const columns = header.split(',')
const rows = lines.map((line) => line.split(','))
const records = rows.map((row) =>
  Object.fromEntries(row.map((text, j) => [columns[j], j < 4 ? Number(text) : text]))
)

let temp: string
let lab: Lab
let csv: { summary: DatasetSummary; features: number[]; labels: number[] }

/** Imports `path` into the lab and reads back its stored features and labels. */
async function imported(path: string, options: ImportOptions = {}) {
  const { dataset } = await lab.imports.importPath(path, options)
  const files = lab.datasets.files(dataset.datasetId)
  return {
    summary: dataset,
    features: Array.from(readStoredValues(files.features)),
    labels: Array.from(readInt32(files.labels!))
  }
}

function python(script: string): void {
  execFileSync('/usr/bin/python3', ['-c', script], { cwd: temp, stdio: 'pipe' })
}

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'backprop-lab-table-formats-'))
  lab = openLab({ home: join(temp, 'home') })
  csv = await imported(IRIS)
  writeFileSync(join(temp, 'iris.json'), JSON.stringify(records, null, 2))
  writeFileSync(
    join(temp, 'iris.jsonl'),
    records.map((record) => JSON.stringify(record)).join('\n') + '\n'
  )
  // NumPy writes the arrays: features as float64, labels as unicode text.
  python(`
import csv, numpy as np
rows = list(csv.reader(open(${JSON.stringify(IRIS)})))[1:]
X = np.array([[float(v) for v in r[:4]] for r in rows])
y = np.array([r[4] for r in rows])
np.save("X.npy", X); np.save("y.npy", y)
np.savez("iris.npz", X=X, y=y)
np.savez("lower.npz", x=X, y=y)
np.savez("odd.npz", a=X, b=y)
np.save("images_X.npy", np.zeros((10, 28, 28)))
import os; os.makedirs("alone", exist_ok=True); np.save("alone/features.npy", X)
`)
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('Readme').addRow(['the data is on the next sheet'])
  const sheet = workbook.addWorksheet('Iris')
  sheet.addRow(columns)
  for (const record of records) sheet.addRow(columns.map((name) => record[name]))
  // A formula's value is read, not its text: the first sepal length as =5.1*1.
  sheet.getCell('A2').value = { formula: '5.1*1', result: 5.1 } as ExcelJS.CellFormulaValue
  workbook.addWorksheet('Empty')
  await workbook.xlsx.writeFile(join(temp, 'iris.xlsx'))
  const first = new ExcelJS.Workbook()
  const only = first.addWorksheet('Data')
  only.addRow(columns)
  for (const record of records) only.addRow(columns.map((name) => record[name]))
  await first.xlsx.writeFile(join(temp, 'first.xlsx'))
  const parquet = parquetWriteBuffer({
    columnData: columns.map((name, j) => ({
      name,
      data: records.map((record) => record[name]),
      type: j < 4 ? 'DOUBLE' : 'STRING'
    }))
  })
  writeFileSync(join(temp, 'iris.parquet'), Buffer.from(parquet))
}, 60_000)
afterAll(() => {
  lab.close()
  rmSync(temp, { recursive: true, force: true })
})

describe('iris in every format imports as iris.csv does', () => {
  it.each([
    ['iris.json', {}],
    ['iris.jsonl', {}],
    ['X.npy', {}],
    ['iris.npz', {}],
    ['lower.npz', {}],
    ['odd.npz', { arrays: { features: 'a', labels: 'b' } }],
    ['first.xlsx', {}],
    ['iris.xlsx', { sheet: 'Iris' }],
    ['iris.parquet', {}]
  ] as [string, ImportOptions][])('%s', async (file, options) => {
    const dataset = await imported(join(temp, file), options)
    expect(dataset.summary.rows).toBe(150)
    expect(dataset.summary.kind).toBe('csv')
    expect(dataset.summary.classes).toEqual(csv.summary.classes)
    expect(dataset.summary.skipped).toEqual([])
    expect(dataset.features).toEqual(csv.features)
    expect(dataset.labels).toEqual(csv.labels)
  })

  it('keeps the column names of named formats, and names array columns x1 … xN', async () => {
    expect((await imported(join(temp, 'iris.parquet'))).summary.featureNames).toEqual(
      columns.slice(0, 4)
    )
    expect((await imported(join(temp, 'X.npy'))).summary.featureNames).toEqual([
      'x1',
      'x2',
      'x3',
      'x4'
    ])
  })
})

describe('in the app', () => {
  it('imports X.npy and y.npy dropped together in browser mode (one upload folder)', async () => {
    const uploads = new UploadFolders(join(temp, 'uploads'))
    const { folder } = uploads.create()
    for (const name of ['X.npy', 'y.npy']) copyFileSync(join(temp, name), join(folder, name))
    const { dataset } = await lab.imports.importPath(folder, {}, {}, (text) => uploads.shown(text))
    expect(dataset).toMatchObject({ name: 'X', rows: 150 })
    expect(dataset.notes.map(textOf)).toEqual(['labels from y.npy'])
  })

  it('reads the columns of a workbook again for the column roles editor', async () => {
    const { dataset } = await lab.imports.importPath(join(temp, 'iris.xlsx'), { sheet: 'Iris' })
    const options = optionsOfImportKey(lab.db.datasets.importKey(dataset.datasetId)!)
    expect(options).toEqual({ sheet: 'Iris' })
    const found = await csvColumns(dataset, options)
    expect(found.map(({ name, role }) => [name, role])).toEqual([
      ...columns.slice(0, 4).map((name) => [name, 'feature']),
      ['label', 'label']
    ])
  })
})

describe('broken files say what and where', () => {
  const refuses = async (file: string, message: string, options: ImportOptions = {}) => {
    const path = join(temp, file)
    await expect(lab.imports.importPath(path, options)).rejects.toThrow(
      message.replaceAll('PATH', path)
    )
  }

  it('JSON: a syntax error names its line and column; an object is not an array of records', async () => {
    writeFileSync(
      join(temp, 'broken.json'),
      '[\n  {"x": 1, "label": "a"},\n  {"x": 2 "label": "b"}\n]'
    )
    await refuses('broken.json', 'PATH:3:11: not valid JSON')
    writeFileSync(join(temp, 'object.json'), '{"x": [1, 2], "label": ["a", "b"]}')
    await refuses(
      'object.json',
      'PATH: expected an array of records ([{"x": 1, "label": "a"}, …]), not an object'
    )
  })

  it('JSON Lines: a bad line is left out and listed with its line', async () => {
    const text = readFileSync(join(temp, 'iris.jsonl'), 'utf8').split('\n')
    text[4] = '{"sepal_length_cm": 5.0, oops'
    text[9] = '[1, 2, 3]'
    writeFileSync(join(temp, 'bad-lines.jsonl'), text.join('\n'))
    const dataset = await imported(join(temp, 'bad-lines.jsonl'))
    expect(dataset.summary.rows).toBe(148)
    expect(dataset.summary.skipped).toEqual([
      {
        file: join(temp, 'bad-lines.jsonl'),
        line: 5,
        kind: 'unreadable-record',
        reason: 'not valid JSON',
        problem: { code: 'row.notJson', params: {} }
      },
      {
        file: join(temp, 'bad-lines.jsonl'),
        line: 10,
        kind: 'unreadable-record',
        reason: 'not a record with fields: it is a list',
        problem: { code: 'row.notRecord', params: { is: 'list' } }
      }
    ])
  })

  it('NumPy: a 3-D array, a missing labels array, arrays an .npz does not have', async () => {
    await refuses(
      'images_X.npy',
      'PATH: a 3-D array (shape 10×28×28); features must be a 2-D array [rows × features]: reshape it first, e.g. x.reshape(len(x), -1)',
      { labelsFile: join(temp, 'y.npy') }
    )
    await refuses(
      'alone/features.npy',
      'PATH: no labels array beside it (looked for labels.npy, y.npy); name it with --labels FILE'
    )
    await refuses(
      'odd.npz',
      'PATH: no features and labels arrays found (it holds: a, b); expected X and y, or name them with --arrays FEATURES,LABELS'
    )
    await refuses('iris.npz', 'PATH: no array named "labels" (it holds: X, y)', {
      arrays: { features: 'X', labels: 'labels' }
    })
  })

  it('Excel: an empty sheet, a sheet that is not there', async () => {
    await refuses('iris.xlsx', 'PATH: sheet "Empty" is empty', { sheet: 'Empty' })
    await refuses('iris.xlsx', 'PATH: no sheet named "Data" (sheets: Readme, Iris, Empty)', {
      sheet: 'Data'
    })
  })

  it('Parquet: a file that is not Parquet', async () => {
    writeFileSync(join(temp, 'fake.parquet'), 'not parquet at all')
    await refuses('fake.parquet', 'PATH: not a readable Parquet file (')
  })
})
