import { existsSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openLab } from '../../src/main/lab'
import { findStoredFile } from '../../src/main/dataset-arrays/stored-arrays'
import { completeRunConfig, trainRowsOf } from '../../src/shared/model/run-defaults'
import { newDatabaseFile } from './support/fixtures'

const IRIS = '/work/shared/datasets/iris/iris.csv'
const WINE = '/work/shared/datasets/wine/wine.csv'
const DIGITS = '/work/shared/datasets/digits-8x8/digits_8x8.csv'
const DAY_MS = 24 * 60 * 60 * 1000

/** The features file's bytes of each dataset folder, to see that nothing was touched. */
function folderBytes(datasets: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(datasets).map((id) => [
      id,
      readFileSync(findStoredFile(join(datasets, id), 'features')!).toString('base64')
    ])
  )
}

/** Makes every dataset folder look a day old (the old cleanup removed unknown ones after an hour). */
function ageFolders(datasets: string): void {
  const then = new Date(Date.now() - DAY_MS)
  for (const id of readdirSync(datasets)) utimesSync(join(datasets, id), then, then)
}

/** Two datasets imported, then the database lost: deleted, or its datasets table emptied. */
async function labThatLostItsDatabase(how: 'deleted' | 'emptied') {
  const home = newDatabaseFile().folder
  const first = openLab({ home })
  const iris = (await first.imports.importPath(IRIS)).dataset
  const wine = (await first.imports.importPath(WINE)).dataset
  first.close()
  const database = join(home, 'lab.sqlite')
  if (how === 'deleted') {
    for (const suffix of ['', '-wal', '-shm']) rmSync(database + suffix, { force: true })
  } else {
    const connection = new Database(database)
    connection.exec('DELETE FROM datasets; DELETE FROM counters;')
    connection.close()
  }
  const datasets = join(home, 'datasets')
  ageFolders(datasets)
  return { home, datasets, iris, wine, before: folderBytes(datasets) }
}

describe.each(['deleted', 'emptied'] as const)('a lab.sqlite %s under the lab', (how) => {
  it('deletes no dataset folder, and a new import never takes an id a folder has', async () => {
    const { home, datasets, before } = await labThatLostItsDatabase(how)
    const lab = openLab({ home })
    try {
      expect(lab.db.datasets.list()).toEqual([])
      expect(folderBytes(datasets)).toEqual(before)
      const digits = (await lab.imports.importPath(DIGITS)).dataset
      expect(digits.datasetId).toBe('d3')
      expect(folderBytes(datasets)).toMatchObject(before)
    } finally {
      lab.close()
    }
    // Opening again (its start-up cleanup runs each time) still keeps them.
    openLab({ home }).close()
    expect(Object.keys(folderBytes(datasets)).sort()).toEqual(['d1', 'd2', 'd3'])
  })

  it('offers the folders found, and registers them again as they were', async () => {
    const { home, iris, wine } = await labThatLostItsDatabase(how)
    const lab = openLab({ home })
    try {
      expect(
        lab.datasets.unregistered().map(({ folderId, dataset }) => [folderId, dataset?.name])
      ).toEqual([
        ['d1', 'iris'],
        ['d2', 'wine']
      ])
      const restored = lab.datasets.restore()
      expect(restored).toEqual([iris, wine])
      expect(lab.datasets.unregistered()).toEqual([])
      expect(lab.datasets.load('d1').features.length).toBe(150 * 4)
      // A restored dataset trains as any other.
      const config = completeRunConfig(
        { epochs: 2, hidden: [4] },
        trainRowsOf({ rows: 150 }, [0.8, 0.2])
      )
      const run = lab.training.start({ datasetId: 'd1', config, initialModel: null })
      expect((await run.finished).status).toBe('completed')
      // Its import key is known again: importing the same file reuses it.
      expect((await lab.imports.importPath(IRIS)).reused).toBe(true)
    } finally {
      lab.close()
    }
  })
})

describe('restoring folders', () => {
  it('gives a folder a new id when its own is taken, and leaves one whose import is listed', async () => {
    const { home, datasets, iris } = await labThatLostItsDatabase('deleted')
    const lab = openLab({ home })
    try {
      // The same iris imported into the new database: its folder d1 duplicates it.
      const again = (await lab.imports.importPath(IRIS)).dataset
      expect(again.datasetId).toBe('d3')
      const restored = lab.datasets.restore()
      expect(restored.map((dataset) => [dataset.datasetId, dataset.name])).toEqual([['d2', 'wine']])
      expect(lab.datasets.unregistered().map((folder) => folder.folderId)).toEqual(['d1'])
      expect(existsSync(join(datasets, 'd1', 'features.f64'))).toBe(true)
      expect(iris.contentHash).toBe(again.contentHash)
    } finally {
      lab.close()
    }
  })
})
