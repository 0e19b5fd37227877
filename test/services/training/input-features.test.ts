import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLab, type Lab } from '../../../src/main/lab'
import { importSample } from '../../../src/main/services/datasets/samples'
import { predictRows } from '../../../src/main/services/predict'
import { completeRunConfig } from '../../../src/shared/model/run-defaults'
import type { InputFeatureName } from '../../../src/shared/model/input-features'
import { parseModelFile } from '../../../src/shared/validation/model-file'

/**
 * Issue 18: input features as in Playground. A network with no hidden layer draws one straight
 * line in its inputs, so on circles (one class inside a ring of the other) x and y alone stay
 * near chance, while x² and y² make the circle x² + y² = r² a line in the features.
 */
describe('input features on circles, no hidden layer', () => {
  let home: string
  let lab: Lab
  let datasetId: string
  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'backprop-lab-features-'))
    lab = openLab({ home })
    datasetId = (await importSample(lab.imports, resolve('resources'), 'circles')).dataset.datasetId
  })
  afterAll(() => {
    lab.close()
    rmSync(home, { recursive: true, force: true })
  })

  async function trainLogistic(inputFeatures: InputFeatureName[]) {
    const config = completeRunConfig(
      { hidden: [], optimizer: 'adam', learningRate: 0.05, epochs: 60, seed: 7, inputFeatures },
      320
    )
    const run = lab.training.start({ datasetId, config, initialModel: null })
    const finished = await run.finished
    expect(finished.status).toBe('completed')
    const epochs = lab.db.metrics.epochs(run.runId)
    return { runId: run.runId, valAccuracy: epochs[epochs.length - 1].valAccuracy ?? 0 }
  }

  it('reaches 95 % with x² and y², where x and y alone cannot', async () => {
    const plain = await trainLogistic(['x', 'y'])
    const crossed = await trainLogistic(['x', 'y', 'x2', 'y2'])
    expect(plain.valAccuracy).toBeLessThan(0.75)
    expect(crossed.valAccuracy).toBeGreaterThanOrEqual(0.95)

    // The model file records the features; it takes raw (x, y) and names those two columns.
    const model = parseModelFile(lab.training.currentModel(crossed.runId)!.model)
    expect(model.inputFeatures).toEqual(['x', 'y', 'x2', 'y2'])
    expect(model.inputSize).toBe(4)
    expect(model.inputNames).toHaveLength(2)
    expect(model.preprocessing?.kind).toBe('standardize')
    // The features, by hand: z = w·standardize([x, y, x², y²]) + b, σ(z), from the file's numbers.
    const [x, y] = [0.3, -1.2]
    const features = [x, y, x * x, y * y]
    const { mean, std } = model.preprocessing as { mean: number[]; std: number[] }
    const [w] = model.layers[0].weights!
    const z =
      model.layers[0].biases![0] +
      features.reduce((sum, value, j) => sum + w[j] * ((value - mean[j]) / std[j]), 0)
    const [[p]] = predictRows(model, [[x, y]]).outputs
    expect(p).toBeCloseTo(1 / (1 + Math.exp(-z)), 12)
  }, 120_000)

  it('refuses features on data that is not 2-D', async () => {
    const iris = (await importSample(lab.imports, resolve('resources'), 'iris')).dataset
    expect(iris.features).toBe(4)
    const config = completeRunConfig({ hidden: [], inputFeatures: ['x', 'x2'] }, 100)
    expect(() =>
      lab.training.start({ datasetId: iris.datasetId, config, initialModel: null })
    ).toThrow(/computed from x and y/)
    // Plain x, y computes nothing, but still names columns iris does not have (it was ignored).
    const plain = completeRunConfig({ hidden: [], inputFeatures: ['x', 'y'] }, 100)
    expect(() =>
      lab.training.start({ datasetId: iris.datasetId, config: plain, initialModel: null })
    ).toThrow('input features (x, y) are computed from x and y')
  })
})
