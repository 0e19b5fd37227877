import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  HOOK_TIMEOUT_MS,
  DIGITS_CSV,
  doneLine,
  epochLines,
  newHome,
  runJson,
  startCli,
  stderrLines,
  type CliResult
} from './support/cli'
import { readModelJson } from './support/model-math'

const EPOCHS = 1000

/** CONTRACTS.md section 3 and issue 4: Ctrl-C ends `train` cleanly, keeping what was learned. */
describe('Ctrl-C during train', () => {
  const home = newHome()
  const saved = join(home, 'stopped.model.json')
  let stopped: CliResult

  beforeAll(async () => {
    const live = startCli([
      'train',
      DIGITS_CSV,
      '--hidden',
      '64',
      '--epochs',
      String(EPOCHS),
      '--save-model',
      saved,
      '--home',
      home,
      '--json'
    ])
    await live.waitForLine((line) => line.event === 'epoch')
    live.kill('SIGINT')
    stopped = await live.ended
  }, HOOK_TIMEOUT_MS)

  it('exits 0 after printing the done line with status stopped', () => {
    expect(stopped.code, stopped.stderr).toBe(0)
    const epochs = epochLines(stopped)
    expect(epochs.length).toBeGreaterThanOrEqual(1)
    expect(epochs.length).toBeLessThan(EPOCHS)
    expect(stopped.lines.at(-1)).toMatchObject({
      event: 'done',
      status: 'stopped',
      epochs: epochs.at(-1)!.epoch,
      modelFile: saved
    })
  })

  it('says on stderr (not stdout) that it stops after the current batch', () => {
    expect(stderrLines(stopped)).toEqual([
      expect.stringMatching(/^imported dataset/),
      expect.stringMatching(/stopping after the current batch/)
    ])
  })

  it('--save-model wrote the model as it stood, and the run keeps the same one', async () => {
    expect(existsSync(saved)).toBe(true)
    const model = readModelJson(saved)
    for (const layer of model.layers) {
      for (const value of [...layer.weights.flat(), ...layer.biases])
        expect(Number.isFinite(value)).toBe(true)
    }
    const { runId } = doneLine(stopped)
    const input = Array.from({ length: 64 }, (_, k) => k % 17).join(',')
    const [fromRun, fromFile, runs] = await Promise.all([
      runJson(home, ['predict', runId, '--input', input]),
      runJson(home, ['predict', saved, '--input', input]),
      runJson(home, ['runs'])
    ])
    expect(fromRun.lines).toEqual(fromFile.lines)
    expect(runs.lines).toEqual([expect.objectContaining({ runId, status: 'stopped' })])
  })
})
