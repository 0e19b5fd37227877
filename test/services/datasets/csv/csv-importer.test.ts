import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importCsv } from '../../../../src/main/services/datasets/csv/csv-importer'
import { englishText } from '../../../../src/shared/messages'

/** The importer on small files written by the test, each checked against values read by eye. */
describe('CSV importer', () => {
  let folder: string
  let count = 0
  /** Writes `content` (text as UTF-8, or bytes as they are) to a new file and imports it. */
  const imported = (content: string | Buffer, options = {}, extension = 'csv') => {
    const path = join(folder, `file${++count}.${extension}`)
    writeFileSync(path, content)
    return importCsv(path, options)
  }
  const features = (dataset: { features: ArrayLike<number> }) => Array.from(dataset.features)

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'backprop-lab-csv-'))
  })
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('reads a header, numeric features and the last column as sorted classes', async () => {
    const dataset = await imported('x,y,kind\n1,2,b\n3,4,a\n5,6,b\n')
    expect(dataset.featureNames).toEqual(['x', 'y'])
    expect(features(dataset)).toEqual([1, 2, 3, 4, 5, 6])
    expect(dataset.classes).toEqual(['a', 'b'])
    expect(Array.from(dataset.labels!)).toEqual([1, 0, 1])
    // file lines, 1-based, the header being line 1
    expect(Array.from(dataset.rowLines!)).toEqual([2, 3, 4])
  })

  it('reads semicolon-separated files with decimal commas, and says so', async () => {
    const dataset = await imported('a;b;label\n1,5;-0,25;yes\n2,0;3,75;no\n')
    expect(features(dataset)).toEqual([1.5, -0.25, 2, 3.75])
    expect(dataset.notes.map(englishText)).toContain(
      'fields are separated by semicolons, with decimal commas'
    )
  })

  it('reads tab-separated files', async () => {
    const dataset = await imported('a\tb\ttarget\n1\t2\tx\n3\t4\ty\n', {}, 'tsv')
    expect(dataset.featureNames).toEqual(['a', 'b'])
    expect(features(dataset)).toEqual([1, 2, 3, 4])
  })

  it('drops a UTF-8 byte-order mark and reads CRLF line ends', async () => {
    const dataset = await imported('\uFEFFheight,weight,class\r\n1.5,60,m\r\n1.7,80,f\r\n')
    expect(dataset.featureNames).toEqual(['height', 'weight'])
    expect(dataset.classes).toEqual(['f', 'm'])
    expect(features(dataset)).toEqual([1.5, 60, 1.7, 80])
  })

  it('parses quoted fields: separators, doubled quotes and line breaks inside quotes', async () => {
    const dataset = await imported(
      'x,"y",label\n"1","2","Smith, J."\n3,4,"say ""hi"""\n5,6,"two\nlines"\n7,8,"Smith, J."\n'
    )
    expect(features(dataset)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(dataset.featureNames).toEqual(['x', 'y'])
    expect(dataset.classes).toEqual(['Smith, J.', 'say "hi"', 'two\nlines'])
    expect(Array.from(dataset.labels!)).toEqual([0, 1, 2, 0])
  })

  it('names the columns of a file without a header column1, column2, …', async () => {
    const dataset = await imported('5.1,3.5,0\n4.9,3.0,1\n6.2,2.9,1\n')
    expect(dataset.featureNames).toEqual(['column1', 'column2'])
    expect(dataset.rows).toBe(3)
    expect(Array.from(dataset.rowLines!)).toEqual([1, 2, 3])
    expect(dataset.notes.map(englishText)).toContain(
      'no header row found: columns are named column1, column2, …'
    )
  })

  it('takes a label column or regression targets by name', async () => {
    const text = 'kind,a,b\nx,1,2\ny,3,4\n'
    const labelled = await imported(text, { labelColumn: 'kind' })
    expect(labelled.featureNames).toEqual(['a', 'b'])
    expect(labelled.classes).toEqual(['x', 'y'])
    const regression = await imported('a,b,price\n1,2,10.5\n3,4,20\n', { targets: ['price'] })
    expect(regression.classes).toBeNull()
    expect(regression.targetNames).toEqual(['price'])
    expect(Array.from(regression.targets!)).toEqual([10.5, 20])
  })

  it('leaves a ragged row out, naming the file and its line', async () => {
    const path = join(folder, 'ragged.csv')
    writeFileSync(path, 'a,b,c\n1,2,x\n3,4\n5,6,y\n')
    const dataset = await importCsv(path)
    expect(dataset.rows).toBe(2)
    expect(dataset.skipped).toEqual([
      {
        file: path,
        line: 3,
        kind: 'wrong-field-count',
        reason: 'expected 3 fields (as in the header), got 2',
        problem: { code: 'row.fieldCount', params: { expected: 3, got: 2, header: true } }
      }
    ])
  })

  it('refuses an empty file and a header without rows in one line each', async () => {
    await expect(imported('')).rejects.toThrow(/the file is empty$/)
    await expect(imported('a,b,label\n')).rejects.toThrow(/has a header but no data rows$/)
  })

  it('gives the same content hash to the same bytes, whatever the file is called', async () => {
    const text = 'a,b,label\n1,2,x\n3,4,y\n'
    expect((await imported(text)).contentHash).toBe((await imported(text)).contentHash)
    expect((await imported(text)).contentHash).not.toBe(
      (await imported(text.replace('4', '5'))).contentHash
    )
  })
})
