import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLab, type Lab } from '../../../src/main/lab'
import { importCsv } from '../../../src/main/services/datasets/csv/csv-importer'
import { UploadFolders } from '../../../src/main/web/uploads'
import { groupSkipped } from '../../../src/shared/model/skipped'
import { englishText } from '../../../src/shared/messages'

const IRIS = '/work/shared/datasets/iris/iris.csv'
const irisLines = readFileSync(IRIS, 'utf8').trimEnd().split('\n')

let temp: string
let lab: Lab
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'backprop-lab-csv-problems-'))
  lab = openLab({ home: join(temp, 'home') })
})
afterAll(() => {
  lab.close()
  rmSync(temp, { recursive: true, force: true })
})

/** iris.csv with some data lines replaced (1-based file line → new text). */
function irisWith(name: string, changes: Record<number, string>): string {
  const lines = irisLines.map((line, index) => changes[index + 1] ?? line)
  const file = join(temp, name)
  writeFileSync(file, `${lines.join('\n')}\n`)
  return file
}

describe('CSV rows with problems', () => {
  it('leaves a ragged line out and lists it with its file and line, like other row problems', async () => {
    const file = irisWith('ragged.csv', {
      5: '4.6,3.1,1.5,0.2,setosa,extra',
      9: '4.4,2.9,1.4',
      20: '5.1,,1.5,0.3,setosa'
    })
    const dataset = await importCsv(file)
    expect(dataset.rows).toBe(147)
    expect(dataset.skipped).toEqual([
      {
        file,
        line: 5,
        kind: 'wrong-field-count',
        reason: 'expected 5 fields (as in the header), got 6',
        problem: { code: 'row.fieldCount', params: { expected: 5, got: 6, header: true } }
      },
      {
        file,
        line: 9,
        kind: 'wrong-field-count',
        reason: 'expected 5 fields (as in the header), got 3',
        problem: { code: 'row.fieldCount', params: { expected: 5, got: 3, header: true } }
      },
      {
        file,
        line: 20,
        kind: 'missing-value',
        reason: 'missing value in column "sepal_width_cm"',
        problem: { code: 'row.missing', params: { column: 'sepal_width_cm' } }
      }
    ])
    expect(dataset.notes.map(englishText)).toContain(
      '3 rows left out: 2 with the wrong number of fields (first: line 5), 1 with a missing value (first: line 20)'
    )
    // The rows kept are the file's other lines, in order.
    expect(Array.from(dataset.rowLines!).slice(0, 6)).toEqual([2, 3, 4, 6, 7, 8])
  })

  it('lists every problem, grouped by kind with counts, the first 50 of each shown', async () => {
    const changes: Record<number, string> = {}
    for (let line = 2; line <= 61; line += 1) changes[line] = irisLines[line - 1] + ',9'
    changes[100] = irisLines[99].replace(/^[^,]+/, 'n/a?')
    const dataset = await importCsv(irisWith('many.csv', changes))
    expect(dataset.skipped).toHaveLength(61)
    const groups = groupSkipped(dataset.skipped)
    expect(groups.map(({ kind, count, shown }) => [kind, count, shown.length])).toEqual([
      ['wrong-field-count', 60, 50],
      ['not-a-number', 1, 1]
    ])
    expect(groups[0].shown[49].line).toBe(51)
  })

  it('refuses a file when most rows are bad, with a summary of the problems', async () => {
    const changes: Record<number, string> = {}
    for (let line = 2; line <= 100; line += 1)
      changes[line] = irisLines[line - 1].replace(/,/g, ';')
    const file = irisWith('mostly-bad.csv', changes)
    await expect(importCsv(file)).rejects.toThrow(
      `${file}: 99 of 150 data rows cannot be used, so nothing was imported: 99 with the wrong number of fields (first: line 2)`
    )
  })
})

describe('gzipped CSV', () => {
  it('imports iris.csv.gz with the same rows as iris.csv', async () => {
    const gz = join(temp, 'iris.csv.gz')
    writeFileSync(gz, gzipSync(readFileSync(IRIS)))
    const plain = await importCsv(IRIS)
    const zipped = await importCsv(gz)
    expect(zipped.name).toBe('iris')
    expect(zipped.rows).toBe(150)
    expect(Array.from(zipped.features)).toEqual(Array.from(plain.features))
    expect(Array.from(zipped.labels!)).toEqual(Array.from(plain.labels!))
    expect(zipped.notes.map(englishText)).toContain('the file is gzipped: read unzipped')
  })

  it('names a broken gzip file', async () => {
    const bad = join(temp, 'broken.csv.gz')
    writeFileSync(bad, gzipSync(readFileSync(IRIS)).subarray(0, 200))
    await expect(importCsv(bad)).rejects.toThrow(`${bad}: cannot unzip (unexpected end of file)`)
  })
})

describe('files dropped in browser mode', () => {
  it('names the original file in problems and refusals, never the upload folder', async () => {
    const uploads = new UploadFolders(join(temp, 'uploads'))
    const { folder } = uploads.create()
    const file = join(folder, 'iris.csv')
    writeFileSync(file, readFileSync(irisWith('dropped.csv', { 7: '5.4,3.9,1.7' })))
    const shown = (text: string) => uploads.shown(text)
    const { dataset } = await lab.imports.importPath(file, {}, {}, shown)
    expect(dataset.name).toBe('iris')
    expect(dataset.skipped).toEqual([
      expect.objectContaining({ file: 'iris.csv', line: 7, kind: 'wrong-field-count' })
    ])
    const bad = join(folder, 'bad.csv')
    writeFileSync(bad, 'a,b,label\n1,2\n3,4\n5,6,x\n')
    await expect(lab.imports.importPath(bad, {}, {}, shown)).rejects.toThrow(
      /^bad\.csv: 2 of 3 data rows cannot be used/
    )
    // The message's code travels with the same name, for the app to say it in Chinese.
    await expect(lab.imports.importPath(bad, {}, {}, shown)).rejects.toMatchObject({
      detail: { code: 'file.mostRowsBad', params: { file: 'bad.csv', bad: 2, rows: 3 } }
    })
    await expect(lab.imports.importPath(join(folder, 'gone.csv'), {}, {}, shown)).rejects.toThrow(
      'gone.csv: no such file or folder'
    )
  })
})
