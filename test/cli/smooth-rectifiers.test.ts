import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  HOOK_TIMEOUT_MS,
  IRIS_CSV,
  doneLine,
  newHome,
  readLabelledCsv,
  rowsArgument,
  runCli,
  runJson
} from './support/cli'
import { forwardRows, readModelJson, type ModelJson } from './support/model-math'

/**
 * The smooth rectifiers from the command line: `train --activation gelu` (and `silu`) on iris, the model file
 * it saves (CONTRACTS.md section 4: `"approximate"` on each gelu layer), `predict` and
 * `gradcheck` on it and on a model file in the tanh form, and the refusals.
 */
/** `predict` on a model file gives the contract's outputs (model-math.ts) to `digits` places. */
async function expectPredictions(
  home: string,
  path: string,
  model: ModelJson,
  rows: number[][],
  digits: number
): Promise<void> {
  const predicted = await runJson(home, ['predict', path, '--input', rowsArgument(rows)])
  expect(predicted.code, predicted.stderr).toBe(0)
  const expected = forwardRows(model, rows)
  predicted.lines[0].outputs.forEach((outputs: number[], row: number) =>
    outputs.forEach((value, k) => expect(value).toBeCloseTo(expected[row][k], digits))
  )
}

describe('train --activation gelu', () => {
  const home = newHome()
  const saved = join(home, 'gelu.model.json')
  const iris = readLabelledCsv(IRIS_CSV)
  const rows = [0, 75, 149].map((index) => iris.rows[index])
  let model: ModelJson
  let runId: string

  beforeAll(async () => {
    const train = await runJson(home, [
      'train',
      IRIS_CSV,
      '--activation',
      'gelu',
      '--hidden',
      '8,6',
      '--epochs',
      '3',
      '--save-model',
      saved
    ])
    expect(train.code, train.stderr).toBe(0)
    runId = doneLine(train).runId
    model = readModelJson(saved)
  }, HOOK_TIMEOUT_MS)

  it('saves gelu hidden layers in the exact form, with He initialization', async () => {
    expect(model.layers.map((layer) => [layer.units, layer.activation, layer.approximate])).toEqual(
      [
        [8, 'gelu', 'none'],
        [6, 'gelu', 'none'],
        [3, 'softmax', undefined]
      ]
    )
    const run = await runJson(home, ['run', runId])
    expect(run.lines[0].config).toMatchObject({ activation: 'gelu', init: 'he' })
  })

  it('predict gives z Φ(z) layer by layer (Φ by Simpson’s rule)', async () => {
    await expectPredictions(home, saved, model, rows, 10)
  })

  it('gradcheck passes on the trained model', async () => {
    const check = await runJson(home, [
      'gradcheck',
      saved,
      '--input',
      rowsArgument(rows),
      '--target',
      '1,0,0;0,1,0;0,0,1'
    ])
    expect(check.code, check.stderr).toBe(0)
    expect(check.lines[0].passed).toBe(true)
  })

  it('a model file in the tanh form predicts with the tanh approximation', async () => {
    const tanhModel = {
      ...model,
      layers: model.layers.map((layer) =>
        layer.activation === 'gelu' ? { ...layer, approximate: 'tanh' as const } : layer
      )
    }
    const path = join(home, 'gelu-tanh.model.json')
    writeFileSync(path, JSON.stringify(tanhModel))
    await expectPredictions(home, path, tanhModel, rows, 12)
  })

  it('refuses an unknown form, naming the field, and an unknown activation, listing them', async () => {
    const path = join(home, 'bad.model.json')
    writeFileSync(
      path,
      JSON.stringify({
        ...model,
        layers: [{ ...model.layers[0], approximate: 'erf' }, ...model.layers.slice(1)]
      })
    )
    const bad = await runCli(['predict', path, '--input', rowsArgument(rows), '--home', home])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/layers\[0\]\.approximate/)
    const usage = await runCli(['train', IRIS_CSV, '--activation', 'gelus', '--home', home])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('sigmoid, tanh, relu, leaky-relu, gelu, silu, linear')
  })
})

describe('train --activation silu', () => {
  const home = newHome()
  const saved = join(home, 'silu.model.json')
  const rows = readLabelledCsv(IRIS_CSV).rows.slice(0, 4)

  it(
    'trains silu hidden layers with He initialization; predict gives z σ(z) layer by layer',
    async () => {
      const train = await runJson(home, [
        'train',
        IRIS_CSV,
        '--activation',
        'silu',
        '--epochs',
        '3',
        '--save-model',
        saved
      ])
      expect(train.code, train.stderr).toBe(0)
      const model = readModelJson(saved)
      expect(model.layers.map((layer) => [layer.units, layer.activation])).toEqual([
        [32, 'silu'],
        [3, 'softmax']
      ])
      const run = await runJson(home, ['run', doneLine(train).runId])
      expect(run.lines[0].config).toMatchObject({ activation: 'silu', init: 'he' })
      await expectPredictions(home, saved, model, rows, 12)
    },
    HOOK_TIMEOUT_MS
  )
})
