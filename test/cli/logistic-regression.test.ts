import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  HOOK_TIMEOUT_MS,
  BREAST_CANCER_CSV,
  doneLine,
  newHome,
  runJson,
  type CliResult
} from './support/cli'
import { readModelJson } from './support/model-math'

/**
 * CONTRACTS.md section 3: `--hidden ""`, `--hidden=` and `--hidden none` all mean no hidden
 * layer; on two classes that is logistic regression (section 1), shown and named as such.
 */
describe('no hidden layer: logistic regression', () => {
  const home = newHome()
  const spellings = [['--hidden', ''], ['--hidden='], ['--hidden', 'none']]
  const results: CliResult[] = []

  beforeAll(async () => {
    for (const [index, spelling] of spellings.entries()) {
      const file = join(home, `logistic-${index}.model.json`)
      results.push(
        await runJson(home, [
          'train',
          BREAST_CANCER_CSV,
          ...spelling,
          '--epochs',
          '1',
          '--save-model',
          file
        ])
      )
    }
  }, HOOK_TIMEOUT_MS)

  for (const [index, spelling] of spellings.entries()) {
    it(`${spelling.map((arg) => (arg === '' ? '""' : arg)).join(' ')} trains one sigmoid unit on the 30 inputs`, () => {
      expect(results[index].code, results[index].stderr).toBe(0)
      const model = readModelJson(join(home, `logistic-${index}.model.json`))
      expect(model.loss).toBe('binary-cross-entropy')
      expect(model.layers).toHaveLength(1)
      expect(model.layers[0]).toMatchObject({ units: 1, activation: 'sigmoid' })
      expect(model.layers[0].weights).toEqual([expect.any(Array)])
      expect(model.layers[0].weights[0]).toHaveLength(30)
    })
  }

  it('the runs are named logistic regression', async () => {
    const runs = await runJson(home, ['runs'])
    expect(runs.lines.map((run) => run.runId)).toEqual(
      results.map((result) => doneLine(result).runId)
    )
    for (const run of runs.lines) expect(run.name).toMatch(/logistic regression/)
  })
})
