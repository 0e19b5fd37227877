import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { BREAST_CANCER_CSV, doneLine, newHome, runJson, type CliResult } from './support/cli'
import { readModelJson } from './support/model-math'

/**
 * CONTRACTS.md section 3: `--hidden ""`, `--hidden=` and `--hidden none` all mean no hidden
 * layer; on two classes that is logistic regression (section 1), shown and named as such.
 */
describe('no hidden layer: logistic regression', () => {
  const home = newHome()
  const spellings = [['--hidden', ''], ['--hidden='], ['--hidden', 'none']]
  const results: CliResult[] = []
  let datasetId: string

  beforeAll(async () => {
    datasetId = doneLine(await runJson(home, ['import', BREAST_CANCER_CSV])).datasetId
    for (const [index, spelling] of spellings.entries()) {
      const file = join(home, `logistic-${index}.model.json`)
      results.push(
        await runJson(home, [
          'train',
          datasetId,
          ...spelling,
          '--epochs',
          '1',
          '--save-model',
          file
        ])
      )
    }
  })

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

  it('the runs are named logistic regression and record no hidden layer', async () => {
    const runs = await runJson(home, ['runs'])
    expect(runs.lines).toHaveLength(3)
    for (const run of runs.lines) expect(run.name).toMatch(/logistic regression/)
    const detail = await runJson(home, ['run', doneLine(results[0]).runId])
    expect(detail.lines[0].config.hidden).toEqual([])
  })
})
