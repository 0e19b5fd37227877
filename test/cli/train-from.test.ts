import { describe, expect, it } from 'vitest'
import { IRIS_CSV, newHome, runCli, runJson, stderrLines } from './support/cli'

/** `train --from RUN[@EPOCH]`, `--early-stopping`, `--lr-schedule` (CONTRACTS.md section 4). */
describe('train --from, early stopping and schedules on the command line', () => {
  const home = newHome()

  it('--from r@5 continues as a new run that records its parent and repeats its later epochs', async () => {
    const parent = await runJson(home, [
      'train',
      IRIS_CSV,
      '--epochs',
      '8',
      '--seed',
      '3',
      '--hidden',
      '8'
    ])
    expect(parent.code, parent.stderr).toBe(0)
    const parentId = parent.lines.at(-1)!.runId
    const branch = await runJson(home, ['train', '--from', `${parentId}@5`])
    expect(branch.code, branch.stderr).toBe(0)
    const epochs = branch.lines.filter((line) => line.event === 'epoch')
    expect(epochs.map((line) => line.epoch)).toEqual([6, 7, 8])
    const parentEpochs = parent.lines.filter((line) => line.event === 'epoch').slice(5)
    expect(epochs.map((line) => [line.trainLoss, line.valLoss, line.valAccuracy])).toEqual(
      parentEpochs.map((line) => [line.trainLoss, line.valLoss, line.valAccuracy])
    )
    const done = branch.lines.at(-1)!
    const shown = await runJson(home, ['run', done.runId])
    expect(shown.lines[0].parent).toEqual({ runId: parentId, epoch: 5 })
    expect(shown.lines[0].metrics).toHaveLength(8)
  })

  it('--epochs counts from the parent’s start; --lr changes the later epochs', async () => {
    const parent = await runJson(home, ['train', IRIS_CSV, '--epochs', '4', '--hidden', '8'])
    const parentId = parent.lines.at(-1)!.runId
    const branch = await runJson(home, [
      'train',
      '--from',
      parentId,
      '--epochs',
      '7',
      '--lr',
      '0.0001'
    ])
    expect(branch.code, branch.stderr).toBe(0)
    expect(branch.lines.filter((line) => line.event === 'epoch').map((line) => line.epoch)).toEqual(
      [5, 6, 7]
    )
  })

  it('refuses what a branch cannot change, and an epoch without a checkpoint', async () => {
    const parent = await runJson(home, ['train', IRIS_CSV, '--epochs', '2', '--hidden', '4'])
    const parentId = parent.lines.at(-1)!.runId
    const hidden = await runJson(home, ['train', '--from', parentId, '--hidden', '16'])
    expect(hidden.code).toBe(2)
    expect(stderrLines(hidden)[0]).toMatch(/--hidden: a branch keeps its parent's network/)
    const missing = await runJson(home, ['train', '--from', `${parentId}@9`, '--epochs', '12'])
    expect(missing.code).toBe(1)
    expect(stderrLines(missing)[0]).toMatch(
      new RegExp(`run ${parentId} has no checkpoint at epoch 9 \\(the nearest stored: 2\\)`)
    )
    const none = await runJson(home, ['train'])
    expect(none.code).toBe(2)
  })

  it('--early-stopping --patience 3 records why and when it stopped', async () => {
    const result = await runJson(home, [
      'train',
      IRIS_CSV,
      '--hidden',
      '64',
      '--lr',
      '0.05',
      '--epochs',
      '2000',
      '--seed',
      '2',
      '--early-stopping',
      '--patience',
      '3'
    ])
    expect(result.code, result.stderr).toBe(0)
    const done = result.lines.at(-1)!
    expect(done.epochs).toBeLessThan(2000)
    expect(done.earlyStop).toMatchObject({
      monitor: 'val-loss',
      patience: 3,
      stoppedAfter: done.epochs,
      restored: true
    })
    expect(done.earlyStop.stoppedAfter - done.earlyStop.bestEpoch).toBe(3)
    const human = await runCli(['run', done.runId, '--home', home])
    expect(human.stderr + human.stdout).toMatch(
      new RegExp(
        `stopped early after epoch ${done.epochs}: validation loss had not improved for 3 epochs since epoch ${done.earlyStop.bestEpoch}`
      )
    )
  })

  it('--lr-schedule step --lr-step 2 --lr-gamma 0.5 is recorded; misplaced options are bad usage', async () => {
    const result = await runJson(home, [
      'train',
      IRIS_CSV,
      '--epochs',
      '3',
      '--lr-schedule',
      'step',
      '--lr-step',
      '2',
      '--lr-gamma',
      '0.5',
      '--warmup',
      '1'
    ])
    expect(result.code, result.stderr).toBe(0)
    const shown = await runJson(home, ['run', result.lines.at(-1)!.runId])
    expect(shown.lines[0].config.lrSchedule).toEqual({
      kind: 'step',
      stepEpochs: 2,
      gamma: 0.5,
      warmupEpochs: 1
    })
    const misplaced = await runJson(home, ['train', IRIS_CSV, '--lr-min', '0.01'])
    expect(misplaced.code).toBe(2)
    expect(stderrLines(misplaced)[0]).toBe('error: --lr-min belongs to --lr-schedule cosine')
    const stray = await runJson(home, ['train', IRIS_CSV, '--patience', '4'])
    expect(stray.code).toBe(2)
    expect(stderrLines(stray)[0]).toBe('error: --patience needs --early-stopping')
  })
})
