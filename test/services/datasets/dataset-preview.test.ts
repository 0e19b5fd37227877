import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLab, type Lab } from '../../../src/main/lab'
import { previewDataset } from '../../../src/main/services/datasets/dataset-preview'
import { generateDataset } from '../../../src/main/services/datasets/generators'

describe('dataset preview', () => {
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

  it('pages a CSV: each row’s values, label and file line (the header is line 1, a blank line counts)', async () => {
    const file = join(home, 'small.csv')
    writeFileSync(file, 'a,b,label\n1,2,x\n\n3,4,y\n5,6,x\n')
    const { dataset } = await lab.imports.importPath(file)
    const page = previewDataset(lab.datasets, dataset.datasetId, 1, 2)
    expect(page).toMatchObject({ total: 3, offset: 1 })
    expect(page.rows).toEqual([
      { row: 1, values: [3, 4], label: 1, targets: null, origin: 'small.csv:4' },
      { row: 2, values: [5, 6], label: 0, targets: null, origin: 'small.csv:5' }
    ])
  })

  it('pages one class: its rows only, counted among themselves', async () => {
    const file = join(home, 'small.csv')
    writeFileSync(file, 'a,b,label\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n')
    const { dataset } = await lab.imports.importPath(file)
    const page = previewDataset(lab.datasets, dataset.datasetId, 0, 10, 0)
    expect(page.total).toBe(2)
    expect(page.rows.map(({ row, values }) => [row, values])).toEqual([
      [0, [1, 2]],
      [2, [5, 6]]
    ])
    expect(
      previewDataset(lab.datasets, dataset.datasetId, 1, 10, 1).rows.map((row) => row.values)
    ).toEqual([[7, 8]])
  })

  it('gives regression rows their targets', async () => {
    const file = join(home, 'prices.csv')
    writeFileSync(file, 'size,rooms,price\n50,2,1.5\n80,3,2.25\n')
    const { dataset } = await lab.imports.importPath(file, { targets: ['price'] })
    const page = previewDataset(lab.datasets, dataset.datasetId, 0, 5)
    expect(page.rows.map(({ values, targets, label }) => [values, targets, label])).toEqual([
      [[50, 2], [1.5], null],
      [[80, 3], [2.25], null]
    ])
  })

  it('names a generated row by its 1-based row number', () => {
    const { dataset } = lab.imports.store(generateDataset('xor', { name: 'xor' }))
    const page = previewDataset(lab.datasets, dataset.datasetId, 0, 2)
    expect(page.rows.map((row) => row.origin)).toEqual(['#1', '#2'])
  })
})
