import { beforeAll, describe, expect, it } from 'vitest'
import {
  FASHION_SMALL_FOLDER,
  HOOK_TIMEOUT_MS,
  doneLine,
  newHome,
  runJson,
  startCli,
  type CliResult
} from './support/cli'

const EPOCHS = 20_000
/** How long the run trains before Ctrl-C. */
const TRAIN_MS = 3000
/** How soon after Ctrl-C the run has stopped (it took 18 s when main was buried in reports). */
const STOPPED_WITHIN_MS = 5000

/**
 * Ctrl-C during a run of very fast epochs: the engine finished epochs faster than main stored
 * their checkpoints, so the reports queued in main ahead of the signal and the run went on for
 * many seconds. Main now writes only the checkpoints the rule keeps, and the engine waits for
 * main to take its reports.
 */
describe('Ctrl-C during a run of hundreds of epochs a second', () => {
  const home = newHome()
  let stopped: CliResult
  let stoppingMs = 0

  // 784 inputs, 64 hidden units, 240 training rows: a few milliseconds an epoch.
  beforeAll(async () => {
    const imported = await runJson(home, ['import', FASHION_SMALL_FOLDER])
    const datasetId = doneLine(imported).datasetId as string
    const live = startCli([
      'train',
      datasetId,
      '--hidden',
      '64',
      '--epochs',
      String(EPOCHS),
      '--home',
      home,
      '--json'
    ])
    await live.waitForLine((line) => line.event === 'epoch')
    await new Promise((resolve) => setTimeout(resolve, TRAIN_MS))
    const signalled = performance.now()
    live.kill('SIGINT')
    stopped = await live.ended
    stoppingMs = performance.now() - signalled
  }, HOOK_TIMEOUT_MS)

  it('stops within seconds, as stopped, with the epochs it stored', () => {
    expect(stopped.code, stopped.stderr).toBe(0)
    expect(doneLine(stopped)).toMatchObject({ status: 'stopped' })
    expect(doneLine(stopped).epochs).toBeLessThan(EPOCHS)
    expect(stoppingMs).toBeLessThan(STOPPED_WITHIN_MS)
  })
})
