import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  HOOK_TIMEOUT_MS,
  doneLine,
  newHome,
  runCli,
  runJson,
  stderrLines,
  type CliResult
} from './support/cli'
import { readModelJson } from './support/model-math'

/**
 * Issue 18: the 2-D generators on the command line, the regression plane among them; its
 * suggested network (no hidden layer, a linear output, half-squared-error) fits it to low error.
 */
describe('generate NAME', () => {
  const home = newHome()
  let generated: CliResult
  let trained: CliResult

  beforeAll(async () => {
    generated = await runJson(home, ['generate', 'plane', '--points', '300', '--seed', '7'])
    const { datasetId, suggested } = doneLine(generated)
    trained = await runJson(home, [
      'train',
      datasetId,
      ...String(suggested).split(' '),
      '--seed',
      '3',
      '--save-model',
      join(home, 'plane.model.json')
    ])
  }, HOOK_TIMEOUT_MS)

  it('stores a regression set with its target and says the suggested train options', () => {
    expect(generated.code, generated.stderr).toBe(0)
    expect(doneLine(generated)).toMatchObject({
      name: 'plane (0 %, 300, seed 7)',
      rows: 300,
      classes: null,
      targets: ['value'],
      suggested:
        '--hidden none --output linear --loss half-squared-error --optimizer adam --lr 0.03 --batch 16 --epochs 100'
    })
  })

  it('the suggested linear model fits the plane to low error (fixed seed)', () => {
    expect(trained.code, trained.stderr).toBe(0)
    const done = doneLine(trained)
    // Half-squared-error on targets within ±1.2: below 1e-4 is an error of about 0.014.
    expect(done.valLoss).toBeLessThan(1e-4)
    const model = readModelJson(join(home, 'plane.model.json'))
    expect(model.loss).toBe('half-squared-error')
    expect(model.layers).toHaveLength(1)
    expect(model.layers[0]).toMatchObject({ units: 1, activation: 'linear' })
  })

  it('refuses an unknown name and a noise out of range in one line', async () => {
    const unknown = await runCli(['generate', 'moons', '--home', home])
    expect(unknown.code).toBe(1)
    expect(stderrLines(unknown)).toEqual([
      "error: unknown generator 'moons'; choose one of xor, circles, two-spirals, gaussians, plane, multi-gaussian"
    ])
    const noisy = await runCli(['generate', 'circles', '--noise', '80', '--home', home])
    expect(noisy.code).toBe(1)
    expect(stderrLines(noisy)).toEqual([
      'error: --noise: expected a whole percent from 0 to 50, got 80'
    ])
  })
})
