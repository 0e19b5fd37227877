import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completeRunConfig } from '../../../src/shared/model/run-defaults'
import {
  gridCsv,
  handModel,
  importCsv,
  openInspectLab,
  storeRun,
  type InspectLab
} from './support/inspect-lab'

const IRIS_CSV = '/work/shared/datasets/iris/iris.csv'
const EPOCHS = 4

describe('inspect:layer and inspect:history on a real run', () => {
  let context: InspectLab
  let runId: string

  beforeAll(async () => {
    context = openInspectLab()
    const { dataset } = await context.lab.imports.importPath(IRIS_CSV)
    const config = completeRunConfig(
      { hidden: [5], activation: 'tanh', epochs: EPOCHS, batchSize: 16, precision: 'f64' },
      120
    )
    const run = context.lab.training.start({
      datasetId: dataset.datasetId,
      config,
      initialModel: null
    })
    const outcome = await run.finished
    expect(outcome.status).toBe('completed')
    runId = run.runId
  })
  afterAll(() => context.close())

  it("history: every epoch's losses and each layer's gradient norms, aligned by epoch", () => {
    const history = context.inspect.history({ runId })
    const metrics = context.lab.db.metrics.epochs(runId)
    expect(history.epochs).toEqual([1, 2, 3, 4])
    expect(history.trainLoss).toEqual(metrics.map((point) => point.trainLoss))
    expect(history.valLoss).toEqual(metrics.map((point) => point.valLoss))
    expect(history.layers.map((layer) => layer.layer)).toEqual([1, 2])
    for (const layer of history.layers) {
      expect(layer.weightGradientNorms).toHaveLength(EPOCHS)
      for (const norm of [...layer.weightGradientNorms, ...layer.biasGradientNorms])
        expect(norm).toBeGreaterThan(0)
    }
    const later = context.inspect.history({ runId, sinceEpoch: 2 })
    expect(later.epochs).toEqual([3, 4])
    expect(later.layers[1].weightGradientNorms).toEqual(
      history.layers[1].weightGradientNorms.slice(2)
    )
  })

  it("layer: the final model's W and b, their ranges, and a histogram per epoch counting every weight", () => {
    const model = context.lab.db.runs.get(runId)!.model!
    const layer = context.inspect.layer({ runId, layer: 1 })
    expect(layer.epoch).toBe(EPOCHS)
    expect(layer.weights).toEqual({ rows: 5, cols: 4, values: model.layers[0].weights!.flat() })
    expect(layer.biases).toEqual(model.layers[0].biases)
    expect(layer.weightRange).toEqual({
      min: Math.min(...layer.weights.values),
      max: Math.max(...layer.weights.values)
    })
    expect(layer.inputImage).toBeNull()
    expect(layer.histogram.counts.reduce((sum, count) => sum + count, 0)).toBe(20)
    expect(layer.histograms.map((entry) => entry.epoch)).toEqual([1, 2, 3, 4])
    for (const { histogram } of layer.histograms)
      expect(histogram.counts.reduce((sum, count) => sum + count, 0)).toBe(20)
    // The last epoch's recorded histogram is of the final weights.
    expect(layer.histograms.at(-1)!.histogram).toEqual(layer.histogram)
    expect(
      context.inspect
        .layer({ runId, layer: 2, histogramsSince: 3 })
        .histograms.map((entry) => entry.epoch)
    ).toEqual([4])
    expect(() => context.inspect.layer({ runId, layer: 3 })).toThrow(
      'layer: the model has layers 1 to 2, got 3'
    )
  })

  it('layer 1 of image inputs ([H, W, C]) says how to draw each row of W as a picture', async () => {
    const grid = await importCsv(context.lab, 'grid', gridCsv().text)
    const model = handModel(
      2,
      [
        {
          units: 2,
          activation: 'relu',
          weights: [
            [1, 2],
            [3, 4]
          ],
          biases: [0, 0]
        },
        {
          units: 3,
          activation: 'softmax',
          weights: [
            [1, 0],
            [0, 1],
            [1, 1]
          ],
          biases: [0, 0, 0]
        }
      ],
      'cross-entropy',
      { inputShape: [1, 2, 1] }
    )
    const imageRun = storeRun(context.lab, grid, model)
    expect(context.inspect.layer({ runId: imageRun, layer: 1 }).inputImage).toEqual({
      height: 1,
      width: 2,
      channels: 1
    })
    expect(context.inspect.layer({ runId: imageRun, layer: 2 }).inputImage).toBeNull()
  })
})
