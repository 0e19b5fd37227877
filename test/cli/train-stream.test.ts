import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  HOOK_TIMEOUT_MS,
  IRIS_CSV,
  doneLine,
  epochLines,
  newHome,
  runCli,
  runJson,
  type CliResult,
  type JsonLine
} from './support/cli'

/** Every option of CONTRACTS.md's `train` that a run's config records, by its RunConfig name. */
const CONFIG_KEYS = [
  'hidden',
  'activation',
  'output',
  'loss',
  'optimizer',
  'learningRate',
  'lrSchedule',
  'momentum',
  'l1',
  'l2',
  'batchSize',
  'epochs',
  'earlyStopping',
  'seed',
  'init',
  'initModel',
  'precision',
  'split',
  'normalize',
  'shuffle',
  'name',
  'checkpointBudgetMb'
]

/** The `epoch` object of CONTRACTS.md section 3, for a classification run with validation rows. */
function expectEpochLine(line: JsonLine, epoch: number): void {
  expect(line).toEqual({
    event: 'epoch',
    epoch,
    trainLoss: expect.any(Number),
    trainAccuracy: expect.any(Number),
    valLoss: expect.any(Number),
    valAccuracy: expect.any(Number),
    samplesPerSecond: expect.any(Number)
  })
  expect(line.trainLoss).toBeGreaterThan(0)
  for (const accuracy of [line.trainAccuracy, line.valAccuracy]) {
    expect(accuracy).toBeGreaterThanOrEqual(0)
    expect(accuracy).toBeLessThanOrEqual(1)
  }
  expect(line.samplesPerSecond).toBeGreaterThan(0)
}

/** CONTRACTS.md section 3: the `train` stream, `runs` and `run ID` with --json. */
describe('train, runs and run ID --json', () => {
  const home = newHome()
  let datasetId: string
  let train: CliResult
  let done: JsonLine

  beforeAll(async () => {
    datasetId = doneLine(await runJson(home, ['import', IRIS_CSV])).datasetId
    train = await runJson(home, [
      'train',
      datasetId,
      '--epochs',
      '3',
      '--seed',
      '7',
      '--name',
      'demo'
    ])
    done = doneLine(train)
  }, HOOK_TIMEOUT_MS)

  it('streams one epoch line per epoch, then the done line, and nothing else on stdout', () => {
    expect(train.code, train.stderr).toBe(0)
    expect(train.lines.map((line) => line.event)).toEqual(['epoch', 'epoch', 'epoch', 'done'])
    epochLines(train).forEach((line, index) => expectEpochLine(line, index + 1))
  })

  it('the done line names the run and repeats the last epoch', () => {
    const last = epochLines(train)[2]
    expect(done).toMatchObject({
      event: 'done',
      runId: expect.any(String),
      status: 'completed',
      epochs: 3,
      trainLoss: last.trainLoss,
      trainAccuracy: last.trainAccuracy,
      valLoss: expect.any(Number),
      valAccuracy: expect.any(Number),
      testLoss: null,
      testAccuracy: null
    })
  })

  it('runs lists the run with the contract fields and its last epoch numbers', async () => {
    const runs = await runJson(home, ['runs'])
    expect(runs.code, runs.stderr).toBe(0)
    const last = epochLines(train)[2]
    expect(runs.lines).toEqual([
      {
        runId: done.runId,
        name: 'demo',
        datasetId,
        status: 'completed',
        epochs: 3,
        trainLoss: last.trainLoss,
        valLoss: last.valLoss,
        valAccuracy: last.valAccuracy,
        startedAt: expect.any(String),
        endedAt: expect.any(String)
      }
    ])
    const { startedAt, endedAt } = runs.lines[0]
    expect(Date.parse(endedAt)).toBeGreaterThanOrEqual(Date.parse(startedAt))
  })

  it('run ID adds the full config, seed, data hash, engine version, error and the epoch objects', async () => {
    const result = await runJson(home, ['run', done.runId])
    expect(result.code, result.stderr).toBe(0)
    expect(result.lines).toHaveLength(1)
    const run = result.lines[0]
    expect(Object.keys(run.config).sort()).toEqual([...CONFIG_KEYS].sort())
    for (const key of CONFIG_KEYS.filter((key) => key !== 'initModel' && key !== 'earlyStopping')) {
      expect(run.config[key], key).not.toBeNull()
    }
    expect(run.config).toMatchObject({
      epochs: 3,
      seed: 7,
      name: 'demo',
      initModel: null,
      lrSchedule: { kind: 'constant', warmupEpochs: 0 },
      earlyStopping: null,
      checkpointBudgetMb: 50
    })
    expect(run).toMatchObject({ parent: null, earlyStop: null, raceId: null })
    expect(run.seed).toBe(7)
    expect(run.dataHash).toBe(createHash('sha256').update(readFileSync(IRIS_CSV)).digest('hex'))
    expect(run.engineVersion).toMatch(/^\d+\.\d+\.\d+/)
    expect(run.error).toBeNull()
    expect(run.metrics).toEqual(epochLines(train))
    expect(run).toMatchObject({ runId: done.runId, status: 'completed', epochs: 3 })
  })

  it('--split 0.6,0.2,0.2 holds out test rows and reports their loss and accuracy', async () => {
    const result = await runJson(home, [
      'train',
      datasetId,
      '--epochs',
      '5',
      '--split',
      '0.6,0.2,0.2'
    ])
    expect(result.code, result.stderr).toBe(0)
    const withTest = doneLine(result)
    expect(withTest.testLoss).toBeGreaterThan(0)
    expect(withTest.testAccuracy).toBeGreaterThanOrEqual(0)
    expect(withTest.testAccuracy).toBeLessThanOrEqual(1)
    // the validation confusion matrix counts 20% of the 150 rows, not the 60% trained on
    const counted = (withTest.confusionMatrix as number[][]).flat().reduce((sum, n) => sum + n, 0)
    expect(counted).toBe(30)
    // `run ID` gives the same figures afterwards, the test part's too (it once had none).
    const shown = await runJson(home, ['run', withTest.runId])
    expect(shown.lines[0].final).toMatchObject({
      epoch: 5,
      trainLoss: withTest.trainLoss,
      valLoss: withTest.valLoss,
      testLoss: withTest.testLoss,
      testAccuracy: withTest.testAccuracy
    })
    const text = await runCli(['run', withTest.runId, '--home', home])
    expect(text.stdout).toMatch(/\ntest +\d/)
    // Its number alone is not its id, but says which one was meant.
    const number = String(withTest.runId).slice(1)
    const bare = await runCli(['run', number, '--home', home])
    expect(bare.stderr).toBe(`error: no run with id ${number} (did you mean ${withTest.runId}?)\n`)
  })
})
