import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openLabDatabase, type LabDatabase } from '../../src/main/db/lab-database'
import { DatasetFiles } from '../../src/main/services/datasets/dataset-files'
import { importedDataset, newDatabaseFile } from './support/fixtures'

const HOUR_MS = 60 * 60 * 1000

/** Makes a file or folder look `ageMs` old. */
function age(path: string, ageMs: number): void {
  const then = new Date(Date.now() - ageMs)
  utimesSync(path, then, then)
}

describe('dataset db on disk', () => {
  let db: LabDatabase
  let folder: string
  let datasets: DatasetFiles

  function openStore(): void {
    const home = newDatabaseFile()
    db = openLabDatabase(home.file)
    folder = join(home.folder, 'datasets')
    mkdirSync(folder)
    datasets = new DatasetFiles(db, folder)
  }
  afterEach(() => db.close())

  it('saves the arrays as little-endian binary files and reads them back', () => {
    openStore()
    const imported = importedDataset('small')
    const summary = datasets.save(imported, 'key-small')
    expect(readdirSync(folder)).toEqual([summary.datasetId])
    const files = datasets.files(summary.datasetId)
    expect(readFileSync(files.features)).toEqual(Buffer.from(imported.features.buffer))
    expect(readFileSync(files.labels!)).toEqual(Buffer.from(imported.labels!.buffer))
    expect(files.targets).toBeNull()
    const loaded = datasets.load(summary.datasetId)
    expect(loaded.features).toEqual(imported.features)
    expect(loaded.labels).toEqual(imported.labels)
    expect(datasets.rowOrigins(summary.datasetId)).toEqual({ rowLines: [2, 3, 5, 6] })
    expect(summary).toMatchObject({
      rows: 4,
      features: 2,
      classCounts: [2, 2],
      skipped: imported.skipped
    })
  })

  it('writes through a .partial folder: a save that cannot finish leaves no dataset behind', () => {
    openStore()
    const broken = importedDataset('broken')
    // The labels cannot be written (their buffer is gone), after the features were.
    Object.defineProperty(broken.labels!, 'buffer', {
      get: () => {
        throw new Error('disk trouble')
      }
    })
    expect(() => datasets.save(broken, 'key-broken')).toThrow('disk trouble')
    expect(readdirSync(folder)).toEqual([])
    expect(db.datasets.list()).toEqual([])
  })

  it('never gives a new dataset the id of a folder that exists (a lost database counts from d1)', () => {
    openStore()
    for (const name of ['d1', 'd2.partial']) {
      mkdirSync(join(folder, name))
      writeFileSync(join(folder, name, 'unrelated.txt'), 'keep me')
    }
    const saved = datasets.save(importedDataset('fresh'), 'key-fresh')
    expect(saved.datasetId).toBe('d3')
    expect(readFileSync(join(folder, 'd1', 'unrelated.txt'), 'utf8')).toBe('keep me')
    expect(JSON.parse(readFileSync(join(folder, 'd3', 'dataset.json'), 'utf8'))).toMatchObject({
      format: 'backprop-lab/dataset-folder',
      name: 'fresh',
      importKey: 'key-fresh',
      createdAt: saved.createdAt
    })
  })

  it('finds an earlier import of the same content and options by its key', () => {
    openStore()
    const saved = datasets.save(importedDataset('first'), 'key-same')
    expect(datasets.findExisting('key-same')).toEqual(saved)
    expect(datasets.findExisting('key-other')).toBeUndefined()
  })

  it('removeOrphans removes old .partial folders only: never a finished folder, known or not', () => {
    openStore()
    const kept = datasets.save(importedDataset('kept'), 'key-kept')
    age(join(folder, kept.datasetId), 2 * HOUR_MS)
    for (const name of ['d90.partial', 'd91', 'd92.partial']) {
      mkdirSync(join(folder, name))
      writeFileSync(join(folder, name, 'features.f32'), Buffer.alloc(8))
    }
    for (const name of ['d90.partial', 'd91']) age(join(folder, name), 2 * HOUR_MS)
    datasets.removeOrphans()
    expect(readdirSync(folder).sort()).toEqual([kept.datasetId, 'd91', 'd92.partial'].sort())
    expect(existsSync(datasets.files(kept.datasetId).features)).toBe(true)
    // d91 has no description (an older version saved it): listed, kept, not restorable.
    expect(datasets.unregistered()).toEqual([{ folderId: 'd91', dataset: null, duplicateOf: null }])
    expect(datasets.restore()).toEqual([])
  })
})
