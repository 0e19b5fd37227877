import { afterEach, describe, expect, it } from 'vitest'
import { openLabDatabase, type LabDatabase } from '../../src/main/db/lab-database'
import { datasetRow, insertRun, newDatabaseFile } from './support/fixtures'

/** Two layers' norms for an epoch, numbered so each row says where it came from. */
const layers = (epoch: number) =>
  [1, 2].map((layer) => ({
    layer,
    weightGradientNorm: epoch + layer / 10,
    biasGradientNorm: epoch,
    histogram: null
  }))

describe('stored gradient norms', () => {
  const open: LabDatabase[] = []
  afterEach(() => open.splice(0).forEach((db) => db.close()))

  it('reads the last recorded epochs up to one, however sparse the recording', () => {
    const db = openLabDatabase(newDatabaseFile().file)
    open.push(db)
    const run = insertRun(db, db.datasets.insert(datasetRow('data')))
    // Every epoch to 3, then every 10th, as the worker records past its every-epoch limit.
    const recorded = [1, 2, 3, 10, 20, 30, 40]
    db.transaction(() => {
      for (const epoch of recorded) db.internals.add(run.runId, epoch, layers(epoch))
    })
    const epochsOf = (rows: { epoch: number; layer: number }[]) =>
      rows.map(({ epoch, layer }) => `${epoch}.${layer}`)
    expect(epochsOf(db.internals.latestNorms(run.runId, 40, 3))).toEqual([
      '20.1',
      '20.2',
      '30.1',
      '30.2',
      '40.1',
      '40.2'
    ])
    // up to epoch 25: the last three recorded are 3, 10 and 20
    expect(epochsOf(db.internals.latestNorms(run.runId, 25, 3))).toEqual([
      '3.1',
      '3.2',
      '10.1',
      '10.2',
      '20.1',
      '20.2'
    ])
    expect(db.internals.latestNorms(run.runId, 40, 10)).toHaveLength(2 * recorded.length)
    expect(db.internals.latestNorms('r999', 40, 3)).toEqual([])
  })
})
