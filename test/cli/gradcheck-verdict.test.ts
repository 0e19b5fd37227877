import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  DIGITS_CSV,
  HOOK_TIMEOUT_MS,
  newHome,
  runCli,
  runJson,
  type CliResult,
  type JsonLine
} from './support/cli'

/** The first `count` rows of the digits CSV as `--input` and one-hot `--target` arguments. */
function digitRows(count: number): { input: string; target: string } {
  const rows = readFileSync(DIGITS_CSV, 'utf8').trim().split('\n').slice(1)
  // The file is sorted by class: take rows of different digits.
  const picked = Array.from({ length: count }, (_, i) => rows[i * 181].split(','))
  return {
    input: picked.map((values) => values.slice(0, -1).join(',')).join(';'),
    target: picked
      .map((values) =>
        Array.from({ length: 10 }, (_, k) => (String(k) === values.at(-1) ? 1 : 0)).join(',')
      )
      .join(';')
  }
}

/**
 * Issue 20: `gradcheck` said FAILED on a well-trained digits network (relative errors of 5e-4 on
 * gradients of 1e-8: the rounding of J over 2ε). It now judges |b − n| ≤ atol + rtol·max(|b|, |n|)
 * with atol scaled to the loss, reports ReLU kinks as kinks, and keeps the contract's JSON fields.
 */
describe('gradcheck: the verdict on noise and kinks', () => {
  const home = newHome()
  const digitsModel = join(home, 'digits.model.json')
  const kinkModel = join(home, 'kink.model.json')
  let trained: CliResult
  let kinked: CliResult

  beforeAll(async () => {
    const train = await runJson(home, [
      'train',
      DIGITS_CSV,
      '--label-column',
      'label',
      '--hidden',
      '32,16',
      '--activation',
      'leaky-relu',
      '--epochs',
      '60',
      '--seed',
      '3',
      '--save-model',
      digitsModel
    ])
    expect(train.code, train.stderr).toBe(0)
    // Six rows: their gradients on this trained network are small enough that the central
    // differences' rounding shows as relative errors of ~1e-4. (On four rows it was 7.9e-4 while
    // the loss rounded 40 + log(1 + 4e-18) to 40; written from a = softmax(z) with log1p, the loss
    // keeps those digits and the noise there fell to 9.3e-7, under the 1e-6 tolerance.)
    const { input, target } = digitRows(6)
    // 1 → 1 ReLU → 1 linear, with z(1) = 0.5 · 1 − 0.499997 = 3e-6: ±ε = 1e-5 crosses the kink.
    writeFileSync(
      kinkModel,
      JSON.stringify({
        format: 'backprop-lab/model',
        formatVersion: 1,
        inputSize: 1,
        layers: [
          { units: 1, activation: 'relu', weights: [[0.5]], biases: [-0.499997] },
          { units: 1, activation: 'linear', weights: [[2]], biases: [0.1] }
        ],
        loss: 'half-squared-error'
      })
    )
    ;[trained, kinked] = await Promise.all([
      runJson(home, ['gradcheck', digitsModel, '--input', input, '--target', target]),
      runJson(home, ['gradcheck', kinkModel, '--input', '1', '--target', '1'])
    ])
  }, 2 * HOOK_TIMEOUT_MS)

  it('passes a trained network whose tiny gradients carry finite-difference noise', () => {
    expect(trained.code, trained.stderr).toBe(0)
    const report = trained.lines[0]
    expect(report.passed).toBe(true)
    // The noise the old relative-only verdict failed on is still there and still reported.
    expect(
      Math.max(...report.layers.map((layer: JsonLine) => layer.maxRelativeError))
    ).toBeGreaterThan(1e-6)
    expect(report.tolerance.relative).toBe(1e-6)
    expect(report.tolerance.absolute).toBeCloseTo(
      (100 * 2 ** -53 * Math.max(report.loss, 1)) / 1e-5,
      20
    )
    for (const layer of report.layers) {
      expect(layer.passed).toBe(true)
      expect(layer.worst.absoluteError).toBe(Math.abs(layer.worst.backprop - layer.worst.numeric))
      expect(layer.worst.absoluteError).toBeLessThanOrEqual(layer.worst.tolerance)
    }
  })

  it('counts the parameters at a ReLU kink instead of failing them', () => {
    expect(kinked.code, kinked.stderr).toBe(0)
    const report = kinked.lines[0]
    expect(
      report.layers.map((layer: JsonLine) => [layer.layer, layer.kinks, layer.passed])
    ).toEqual([
      [1, 2, true],
      [2, 0, true]
    ])
    expect(report.passed).toBe(true)
  })

  it('says so in its human output: the absolute values, the tolerance and the kinks', async () => {
    const human = await runCli([
      'gradcheck',
      kinkModel,
      '--input',
      '1',
      '--target',
      '1',
      '--home',
      home
    ])
    expect(human.code, human.stderr).toBe(0)
    expect(human.stdout).toMatch(/\|B − N\|/)
    expect(human.stdout).toMatch(/TOLERANCE/)
    expect(human.stdout).toMatch(/KINKS/)
    expect(human.stdout).toContain(
      '2 parameters moved a ReLU unit across 0 within ±ε: their central difference is no derivative, so they were not judged.'
    )
    expect(human.stdout.trim().split('\n').at(-1)).toBe('passed')
  })
})
