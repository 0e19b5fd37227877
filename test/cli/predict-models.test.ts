import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  HOOK_TIMEOUT_MS,
  IRIS_CSV,
  doneLine,
  newHome,
  readLabelledCsv,
  rowsArgument,
  runCli,
  runJson,
  type JsonLine
} from './support/cli'
import { forwardRows, predictedClass, readModelJson, type ModelJson } from './support/model-math'

/** A run's stored config, read from the lab database. */
function storedConfig(home: string, runId: string): { initModel: string | null } {
  const database = new Database(join(home, 'lab.sqlite'), { readonly: true })
  try {
    const row = database.prepare('SELECT config FROM runs WHERE id = ?').get(runId) as {
      config: string
    }
    return JSON.parse(row.config)
  } finally {
    database.close()
  }
}

/** `predict`, `--save-model` and `--init-model` (CONTRACTS.md sections 2 and 3). */
describe('predict and model files', () => {
  const home = newHome()
  const saved = join(home, 'iris.model.json')
  const continued = join(home, 'continued.model.json')
  const iris = readLabelledCsv(IRIS_CSV)
  // one raw row of each species, as a user would type them
  const rows = [0, 75, 149].map((index) => iris.rows[index])
  const input = rowsArgument(rows)
  let runId: string
  let model: ModelJson
  let fromFile: JsonLine

  beforeAll(async () => {
    const train = await runJson(home, ['train', IRIS_CSV, '--epochs', '5', '--save-model', saved])
    expect(train.code, train.stderr).toBe(0)
    runId = doneLine(train).runId
    expect(doneLine(train).modelFile).toBe(saved)
    model = readModelJson(saved)
    const predicted = await runJson(home, ['predict', saved, '--input', input])
    expect(predicted.code, predicted.stderr).toBe(0)
    fromFile = predicted.lines[0]
  }, HOOK_TIMEOUT_MS)

  it('--save-model writes a model file of the contract: the run’s network, classes, preprocessing', () => {
    expect(model).toMatchObject({
      format: 'backprop-lab/model',
      formatVersion: 1,
      inputSize: 4,
      inputShape: [4],
      classes: [...new Set(iris.labels)].sort(),
      loss: 'cross-entropy',
      preprocessing: { kind: 'standardize' }
    })
    expect(model.layers.map((layer) => [layer.units, layer.activation])).toEqual([
      [32, 'relu'],
      [3, 'softmax']
    ])
    expect(model.layers[0].weights).toHaveLength(32)
    expect(model.layers[0].weights[0]).toHaveLength(4)
  })

  it('predict applies the model’s standardization and layers to raw rows', () => {
    const expected = forwardRows(model, rows)
    expect(fromFile.outputs).toHaveLength(3)
    fromFile.outputs.forEach((outputs: number[], row: number) =>
      outputs.forEach((value, k) => expect(value).toBeCloseTo(expected[row][k], 12))
    )
    expect(fromFile.classes).toEqual(model.classes)
    expect(fromFile.predicted).toEqual(
      expected.map((outputs) => model.classes![predictedClass(outputs)])
    )
  })

  it('predict RUN_ID gives exactly what the saved model file gives', async () => {
    const fromRun = await runJson(home, ['predict', runId, '--input', input])
    expect(fromRun.code, fromRun.stderr).toBe(0)
    expect(fromRun.lines).toEqual([fromFile])
  })

  it('--init-model starts from the file’s weights and preprocessing, whatever the split', async () => {
    // a learning rate of 1e-300 leaves every weight as it is: the run must end where it began
    const result = await runCli(
      [
        'train',
        IRIS_CSV,
        '--init-model',
        basename(saved),
        '--optimizer',
        'sgd',
        '--lr',
        '1e-300',
        '--epochs',
        '1',
        '--split',
        '1',
        '--save-model',
        continued,
        '--home',
        home,
        '--json'
      ],
      dirname(saved)
    )
    expect(result.code, result.stderr).toBe(0)
    const after = readModelJson(continued)
    expect(after.layers.map(({ weights, biases }) => ({ weights, biases }))).toEqual(
      model.layers.map(({ weights, biases }) => ({ weights, biases }))
    )
    expect(after.preprocessing).toEqual(model.preprocessing)
    const predicted = await runJson(home, ['predict', doneLine(result).runId, '--input', input])
    expect(predicted.lines).toEqual([fromFile])
    // the run keeps the file's absolute path, so `resume` finds it from any folder
    expect(storedConfig(home, doneLine(result).runId).initModel).toBe(saved)
  })
})
