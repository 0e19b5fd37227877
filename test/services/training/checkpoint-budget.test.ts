import { describe, expect, it } from 'vitest'
import { checkpointStride, keepsCheckpoint } from '../../../src/shared/model/checkpoint-rule'
import { irisConfig, irisLab } from './support/iris-lab'

/** How densely a run keeps checkpoints to scrub through, within its storage budget. */
describe('checkpoints within a budget', () => {
  const { lab, datasetId } = irisLab()

  it('a small model keeps every epoch from 0, with the weights of that epoch', async () => {
    const run = lab().training.start({
      datasetId: datasetId(),
      config: irisConfig({ epochs: 30 }),
      initialModel: null
    })
    await run.finished
    expect(lab().db.checkpoints.epochs(run.runId)).toEqual([...Array(31).keys()])
  })

  it('past its budget a run keeps a doubling stride, the last three and the best', async () => {
    // 4-8-3 with Adam: (40 + 27) parameters × 3 values × 4 bytes = 804 bytes; 20 kB holds 24
    const config = irisConfig({ epochs: 300, checkpointBudgetMb: 0.02 })
    const run = lab().training.start({ datasetId: datasetId(), config, initialModel: null })
    await run.finished
    const bytes = lab().db.checkpoints.bytesEach(run.runId)
    expect(bytes).toBe(804)
    const losses = lab()
      .db.metrics.epochs(run.runId)
      .map((epoch) => epoch.valLoss!)
    const best = losses.indexOf(Math.min(...losses)) + 1
    const stride = checkpointStride(20_000, bytes, 300)
    expect(stride).toBe(16)
    const expected = [...Array(301).keys()].filter((epoch) =>
      keepsCheckpoint(epoch, 300, stride, [best])
    )
    expect(lab().db.checkpoints.epochs(run.runId)).toEqual(expected)
    expect(expected.length * bytes).toBeLessThanOrEqual(20_000)
  })

  it('writes only the checkpoints the rule still keeps when their group of epochs is stored', async () => {
    // Epochs are stored in groups (one transaction each); a checkpoint the rule drops before the
    // group ends was once written and deleted in the same transaction, which starved main (and
    // Ctrl-C) on a tiny network finishing hundreds of epochs a second.
    const { db } = lab()
    const groupEnds: number[] = []
    const written: { epoch: number; afterGroups: number }[] = []
    const [addEpochs, save] = [db.metrics.addEpochs, db.checkpoints.save]
    db.metrics.addEpochs = function (...args) {
      const last = args[1].at(-1)
      if (last) groupEnds.push(last.metrics.epoch)
      return addEpochs.apply(this, args)
    }
    db.checkpoints.save = function (...args) {
      written.push({ epoch: args[1].epoch, afterGroups: groupEnds.length })
      return save.apply(this, args)
    }
    try {
      const config = irisConfig({ epochs: 3000, checkpointBudgetMb: 0.02 })
      const run = lab().training.start({ datasetId: datasetId(), config, initialModel: null })
      expect((await run.finished).status).toBe('completed')
      const losses = db.metrics.epochs(run.runId).map((epoch) => epoch.valLoss!)
      const bytes = db.checkpoints.bytesEach(run.runId)
      const writtenAfterEpoch0 = written.filter(({ afterGroups }) => afterGroups > 0)
      expect(groupEnds.length).toBeGreaterThan(1)
      expect(groupEnds.length).toBeLessThan(3000)
      for (const { epoch, afterGroups } of writtenAfterEpoch0) {
        const last = groupEnds[afterGroups - 1]!
        const untilLast = losses.slice(0, last)
        const best = untilLast.indexOf(Math.min(...untilLast)) + 1
        const stride = checkpointStride(20_000, bytes, last)
        expect({ epoch, kept: keepsCheckpoint(epoch, last, stride, [best]) }).toEqual({
          epoch,
          kept: true
        })
      }
    } finally {
      db.metrics.addEpochs = addEpochs
      db.checkpoints.save = save
    }
  })
})
