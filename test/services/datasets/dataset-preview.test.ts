import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLab, type Lab } from '../../../src/main/lab'
import { previewDataset } from '../../../src/main/services/datasets/dataset-preview'
import { generateDataset } from '../../../src/main/services/datasets/generators'

describe('dataset preview origins', () => {
  let home: string
  let lab: Lab

  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'dataset-preview-'))
    lab = openLab({ home })
  })
  afterEach(() => {
    lab.close()
    rmSync(home, { recursive: true, force: true })
  })

  it('names a CSV row by its file line (the header is line 1, a blank line counts)', async () => {
    const file = join(home, 'small.csv')
    writeFileSync(file, 'a,b,label\n1,2,x\n\n3,4,y\n5,6,x\n')
    const { dataset } = await lab.imports.importPath(file)
    const page = previewDataset(lab.datasets, dataset.datasetId, 1, 2)
    expect(page.rows.map((row) => row.origin)).toEqual(['line 4', 'line 5'])
  })

  it('names a generated row by its 1-based row number', () => {
    const { dataset } = lab.imports.store(generateDataset('xor', { name: 'xor' }))
    const page = previewDataset(lab.datasets, dataset.datasetId, 0, 2)
    expect(page.rows.map((row) => row.origin)).toEqual(['row 1', 'row 2'])
  })
})
