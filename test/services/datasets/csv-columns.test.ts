import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLab, type Lab } from '../../../src/main/lab'
import { csvColumns } from '../../../src/main/services/datasets/csv/csv-columns'
import type { ShapingOptions } from '../../../src/shared/model/import'
import { englishText, type LabMessage } from '../../../src/shared/messages'

// Six rows: `id` is unique text (the importer leaves it out), `color` is text with two values
// (one-hot), `size` and `weight` are numbers, `species` is the last column (the default label).
const CSV = [
  'id,color,size,weight,species',
  'a1,red,1,0.5,cat',
  'b2,blue,2,1.5,dog',
  'c3,red,3,2.5,cat',
  'd4,blue,4,3.5,dog',
  'e5,red,5,4.5,cat',
  'f6,blue,6,5.5,dog'
].join('\n')

describe('csv columns for the role editor', () => {
  let home: string
  let lab: Lab
  let file: string

  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'csv-columns-'))
    lab = openLab({ home })
    file = join(home, 'pets.csv')
    writeFileSync(file, CSV)
  })
  afterEach(() => {
    lab.close()
    rmSync(home, { recursive: true, force: true })
  })

  /** Imports with `options` and reads the columns back the way the handler does. */
  async function columnsAfterImport(options: ShapingOptions) {
    const { dataset } = await lab.imports.importPath(file, options)
    return csvColumns(dataset, lab.datasets.importOptions(dataset.datasetId))
  }

  it('gives each header column the role the default import gave it, one-hot inputs mapped back', async () => {
    expect(await columnsAfterImport({})).toEqual([
      { name: 'id', role: 'ignore', inputs: [], leftOutByImporter: true },
      {
        name: 'color',
        role: 'feature',
        inputs: ['color=blue', 'color=red'],
        leftOutByImporter: false
      },
      { name: 'size', role: 'feature', inputs: ['size'], leftOutByImporter: false },
      { name: 'weight', role: 'feature', inputs: ['weight'], leftOutByImporter: false },
      { name: 'species', role: 'label', inputs: [], leftOutByImporter: false }
    ])
  })

  it('follows a chosen label column and columns left out as asked', async () => {
    const columns = await columnsAfterImport({ labelColumn: 'color', ignoreColumns: ['size'] })
    expect(
      columns.map(({ name, role, leftOutByImporter }) => [name, role, leftOutByImporter])
    ).toEqual([
      ['id', 'ignore', true],
      ['color', 'label', false],
      ['size', 'ignore', false],
      ['weight', 'feature', false],
      ['species', 'feature', false]
    ])
  })

  it('marks regression targets', async () => {
    const columns = await columnsAfterImport({ targets: ['weight'] })
    expect(columns.map(({ role }) => role)).toEqual([
      'ignore',
      'feature',
      'feature',
      'target',
      'feature'
    ])
  })

  it('a measured label column is a target; chosen by name, the note does not send back to --label-column', async () => {
    const noteOf = async (path: string, options: ShapingOptions) =>
      englishText(
        (await lab.imports.importPath(path, options)).dataset.notes.find(
          (note) => typeof note !== 'string' && note.code === 'table.regressionLabel'
        ) as LabMessage
      )
    expect(await noteOf(file, { labelColumn: 'weight' })).toBe(
      'column "weight" holds measurements (not whole numbers), so it is a regression target, not classes'
    )
    const measuredLast = join(home, 'measured.csv')
    writeFileSync(measuredLast, 'size,weight\n1,0.5\n2,1.5\n3,2.5\n4,3.5\n5,4.5\n6,5.5\n')
    expect(await noteOf(measuredLast, {})).toBe(
      'column "weight" holds measurements (not whole numbers), so it is a regression target; use --label-column to name a class column instead'
    )
  })

  it('says so when the source file is gone', async () => {
    const { dataset } = await lab.imports.importPath(file, {})
    rmSync(file)
    await expect(csvColumns(dataset, {})).rejects.toThrow(/the file is gone/)
  })
})
