import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { forwardRunEvents } from '../../src/main/ipc/training-events'
import { openLab, type Lab } from '../../src/main/lab'
import { completeRunConfig } from '../../src/main/services/training/run-config'
import type { LabEvents } from '../../src/shared/ipc/contract'
import type { TrainingUpdate } from '../../src/shared/model/views'

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

  it('carry every stored batch cost and every epoch, in order, then the end', async () => {
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
    const stored = lab.store.runs.batchLosses(run.runId)
    expect(stored).toHaveLength(40 * 15)
    expect(updates.flatMap((update) => update.batchLosses ?? [])).toEqual(stored)
    expect(updates.flatMap((update) => update.epochs)).toEqual(lab.store.runs.metrics(run.runId))
    // An update without finished epochs has no batch costs to add.
    for (const update of updates)
      expect(update.batchLosses === undefined).toBe(update.epochs.length === 0)
  })
})
