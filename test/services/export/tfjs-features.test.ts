import * as tf from '@tensorflow/tfjs'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLab, type Lab } from '../../../src/main/lab'
import { exportModel } from '../../../src/main/services/export'
import { importSample } from '../../../src/main/services/datasets/samples'
import { predictRows } from '../../../src/main/services/predict'
import type { InputFeatureName } from '../../../src/shared/model/input-features'
import type { ModelFile } from '../../../src/shared/model/model-file'
import { completeRunConfig } from '../../../src/shared/model/run-defaults'
import { parseModelFile } from '../../../src/shared/validation/model-file'
import { expectOutputsClose } from './support/compare'
import { loadExport } from './support/tfjs-folder'

/**
 * Issue 18: input features round-trip through the TF.js export. Circles models trained in the
 * lab with x², y² (no hidden layer) and with sin x, xy (a tanh hidden layer) are exported; the
 * folder's README tells how to load them, and TF.js, after importing the folder's
 * `input-features.js`, gives the outputs of a forward pass written here from the model file's
 * numbers: features, then the preprocessing fitted on them, then each dense layer.
 */

/** The features by hand, independent of the lab's table. */
const BY_HAND: Record<InputFeatureName, (x: number, y: number) => number> = {
  x: (x) => x,
  y: (_x, y) => y,
  x2: (x) => x ** 2,
  y2: (_x, y) => y ** 2,
  xy: (x, y) => x * y,
  sinx: (x) => Math.sin(x),
  siny: (_x, y) => Math.sin(y)
}

const ACTIVATIONS: Record<string, (z: number) => number> = {
  sigmoid: (z) => 1 / (1 + Math.exp(-z)),
  tanh: Math.tanh,
  linear: (z) => z
}

/** a(L) for one raw (x, y) row, from the model file alone. */
function forwardByHand(model: ModelFile, [x, y]: number[]): number[] {
  let a = model.inputFeatures!.map((name) => BY_HAND[name](x, y))
  const pre = model.preprocessing
  expect(pre?.kind).toBe('standardize')
  if (pre?.kind === 'standardize') a = a.map((value, j) => (value - pre.mean[j]) / pre.std[j])
  for (const layer of model.layers) {
    const f = ACTIVATIONS[layer.activation]
    a = layer.weights!.map((row, j) =>
      f(row.reduce((sum, weight, i) => sum + weight * a[i], layer.biases![j]))
    )
  }
  return a
}

/** Raw points over and beyond the circles' plane, the origin and a corner among them. */
const POINTS = [
  [0, 0],
  [0.5, -0.25],
  [-3.5, 2],
  [4.9, 4.9],
  [-1.2, -4.4],
  [2.5, 0.1]
]

describe('TF.js export of circles models trained with input features', () => {
  let home: string
  let lab: Lab
  let datasetId: string
  beforeAll(async () => {
    await tf.setBackend('cpu')
    home = mkdtempSync(join(tmpdir(), 'backprop-lab-tfjs-features-'))
    lab = openLab({ home })
    datasetId = (await importSample(lab.imports, resolve('resources'), 'circles')).dataset.datasetId
  })
  afterAll(() => {
    lab.close()
    rmSync(home, { recursive: true, force: true })
  })

  async function trainedModel(inputFeatures: InputFeatureName[], hidden: number[]) {
    const config = completeRunConfig(
      { hidden, activation: 'tanh', optimizer: 'adam', epochs: 15, seed: 11, inputFeatures },
      320
    )
    const run = lab.training.start({ datasetId, config, initialModel: null })
    expect((await run.finished).status).toBe('completed')
    return parseModelFile(lab.training.currentModel(run.runId)!.model)
  }

  it.each([
    { features: ['x2', 'y2'] as InputFeatureName[], hidden: [] },
    { features: ['sinx', 'xy'] as InputFeatureName[], hidden: [4] }
  ])(
    '$features, hidden $hidden: TF.js gives the forward pass by hand',
    async ({ features, hidden }) => {
      const model = await trainedModel(features, hidden)
      expect(model.inputFeatures).toEqual(features)
      const outDir = join(home, `tfjs-${features.join('-')}`)
      await exportModel({ model, format: 'tfjs', outDir, referenceInputs: POINTS })

      const readme = readFileSync(join(outDir, 'README.md'), 'utf8')
      expect(readme).toContain(`import { registerInputFeatures } from './input-features.js'`)
      expect(readme).toMatch(/one row of 2 numbers per sample: the raw x and y/i)
      const topology = JSON.parse(readFileSync(join(outDir, 'model.json'), 'utf8')).modelTopology
      expect(topology.config.layers[0]).toMatchObject({
        class_name: 'InputFeatures',
        config: { features, batch_input_shape: [null, 2] }
      })

      // As the README says: import the folder's layer, register it, then load.
      const layersModel = await loadExport(outDir, model)
      const outputs = tf.tidy(() =>
        (layersModel.predict(tf.tensor2d(POINTS)) as tf.Tensor).arraySync()
      ) as number[][]
      layersModel.dispose()

      const byHand = POINTS.map((point) => forwardByHand(model, point))
      expectOutputsClose(outputs, byHand, `${features} (by hand)`)
      expectOutputsClose(outputs, predictRows(model, POINTS).outputs, `${features} (predict)`)
    },
    120_000
  )
})
