import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { forwardRunEvents, MAX_BATCH_LOSSES_PER_UPDATE } from '../../src/main/ipc/training-events'
import { openLab, type Lab } from '../../src/main/lab'
import { completeRunConfig } from '../../src/main/services/training/run-config'
import type { LabEvents } from '../../src/shared/ipc/contract'
import type { TrainingUpdate } from '../../src/shared/model/live-run'

const IRIS_CSV = '/work/shared/datasets/iris/iris.csv'

/** The live updates a renderer hears, against what the service stores for the same run. */
describe('training events', () => {
  let home: string
  let lab: Lab
  let datasetId: string

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'backprop-lab-events-'))
    lab = openLab({ home })
    datasetId = (await lab.imports.importPath(IRIS_CSV)).dataset.datasetId
  })
  afterAll(() => {
    lab.close()
    rmSync(home, { recursive: true, force: true })
  })

  it('carry every epoch and the stored batch costs (at most 200 an update), in order, then the end', async () => {
    // 120 training rows in batches of 8: 15 batches per epoch, all of them stored.
    const config = completeRunConfig({ hidden: [8], epochs: 40, batchSize: 8 }, 120)
    const run = lab.training.start({ datasetId, config, initialModel: null })
    const heard: { event: keyof LabEvents; payload: unknown }[] = []
    forwardRunEvents(run, config.epochs, (event, payload) => heard.push({ event, payload }))
    const outcome = await run.finished

    expect(outcome.status).toBe('completed')
    expect(heard.at(-1)).toMatchObject({ event: 'training:ended', payload: { epochs: 40 } })
    const updates = heard
      .filter((entry) => entry.event === 'training:update')
      .map((entry) => entry.payload as TrainingUpdate)
    expect(updates.flatMap((update) => update.epochs)).toEqual(lab.db.metrics.epochs(run.runId))
    const stored = lab.db.metrics.batchLosses(run.runId)
    expect(stored).toHaveLength(40 * 15)
    const position = new Map(stored.map((point, index) => [point.step, index]))
    let previous = -1
    for (const update of updates) {
      // An update without finished epochs has no batch costs to add.
      expect(update.batchLosses === undefined).toBe(update.epochs.length === 0)
      const points = update.batchLosses ?? []
      expect(points.length).toBeLessThanOrEqual(MAX_BATCH_LOSSES_PER_UPDATE)
      for (const point of points) {
        // Each is a stored cost, after the ones before it.
        expect(stored[position.get(point.step)!]).toEqual(point)
        expect(position.get(point.step)!).toBeGreaterThan(previous)
        previous = position.get(point.step)!
      }
      // Each update ends with the last stored cost of its last epoch.
      const lastEpoch = update.epochs.at(-1)
      if (lastEpoch) expect(points.at(-1)?.step).toBe(lastEpoch.epoch * 15)
    }
  })
})
