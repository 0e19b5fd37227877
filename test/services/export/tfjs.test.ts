import * as tf from '@tensorflow/tfjs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportModel } from '../../../src/main/services/export'
import { predictRows } from '../../../src/main/services/predict'
import { loadExportCases, type ExportCase } from './support/cases'
import { expectOutputsClose } from './support/compare'
import { temporaryFolders } from './support/folders'

/**
 * The TF.js export against its real consumer: `tf.loadLayersModel` (pure-JS @tensorflow/tfjs;
 * tfjs-node, whose `file://` loader reads disk, cannot be installed here) loads each exported
 * folder through an IOHandler that reads `model.json` and the weight files it lists, and the
 * model must give `predict`'s outputs on real raw samples.
 */
/** TF.js cannot load gelu's tanh form from a model file: those exports are refused (below). */
const usesTanhGelu = (exportCase: ExportCase) =>
  exportCase.model.layers.some(
    (layer) => layer.activation === 'gelu' && layer.approximate === 'tanh'
  )
const allCases = await loadExportCases()
/** Nor compute input features (x², xy, sin x) in a layers model: refused too (below). */
const computesFeatures = (exportCase: ExportCase) => exportCase.model.inputFeatures !== undefined
const cases = allCases.filter(
  (exportCase) => !usesTanhGelu(exportCase) && !computesFeatures(exportCase)
)
const refused = allCases.filter(usesTanhGelu)
const withFeatures = allCases.filter(computesFeatures)
const folder = temporaryFolders('tfjs')
const folders: string[] = []

/** The standard layers-model loader contract, reading the files of an export folder. */
function diskHandler(directory: string): tf.io.IOHandler {
  return {
    async load() {
      const modelJson = JSON.parse(await readFile(join(directory, 'model.json'), 'utf8'))
      const manifest: tf.io.WeightsManifestConfig = modelJson.weightsManifest
      const shards = await Promise.all(
        manifest.flatMap((group) => group.paths).map((path) => readFile(join(directory, path)))
      )
      const weightData = new Uint8Array(Buffer.concat(shards)).buffer
      return {
        modelTopology: modelJson.modelTopology,
        format: modelJson.format,
        generatedBy: modelJson.generatedBy,
        weightSpecs: manifest.flatMap((group) => group.weights),
        weightData,
        userDefinedMetadata: modelJson.userDefinedMetadata
      }
    }
  }
}

beforeAll(async () => {
  await tf.setBackend('cpu')
  for (const exportCase of cases) {
    const result = await exportModel({
      model: exportCase.model,
      format: 'tfjs',
      outDir: folder(exportCase.name),
      referenceInputs: exportCase.samples
    })
    folders.push(result.outDir)
  }
})

describe('TF.js export loaded by tf.loadLayersModel', () => {
  cases.forEach((exportCase, index) => {
    it(`matches predict on real samples: ${exportCase.name}`, async () => {
      const { model, samples } = exportCase
      const layersModel = await tf.loadLayersModel(diskHandler(folders[index]))
      const classNames = layersModel.layers.map((layer) => layer.getClassName())
      const leakyCount = model.layers.filter((layer) => layer.activation === 'leaky-relu').length
      expect(classNames.filter((name) => name === 'Dense')).toHaveLength(model.layers.length)
      expect(classNames.filter((name) => name === 'LeakyReLU')).toHaveLength(leakyCount)
      const metadata = layersModel.getUserDefinedMetadata() as Record<string, unknown>
      expect(metadata.classes).toEqual(model.classes ?? null)
      expect(metadata.preprocessing).toEqual(model.preprocessing ?? null)

      const outputs = tf.tidy(() =>
        (layersModel.predict(tf.tensor2d(samples)) as tf.Tensor).arraySync()
      )
      expectOutputsClose(
        outputs as number[][],
        predictRows(model, samples).outputs,
        exportCase.name
      )
      layersModel.dispose()
    })
  })
})

describe('a model with input features', () => {
  it.each(withFeatures.map((exportCase) => [exportCase.name, exportCase]))(
    '%s: refused with the reason and the formats that can, nothing written',
    async (_name, exportCase: ExportCase) => {
      const outDir = folder(`refused-${exportCase.name}`)
      await expect(
        exportModel({ model: exportCase.model, format: 'tfjs', outDir, referenceInputs: [] })
      ).rejects.toThrow(
        /^inputFeatures: a TF.js layers model cannot compute .* export as ONNX, PyTorch or NumPy$/
      )
      await expect(readFile(join(outDir, 'model.json'))).rejects.toThrow()
    }
  )
})

describe('a model TF.js cannot load', () => {
  it.each(refused.map((exportCase) => [exportCase.name, exportCase]))(
    '%s: refused with the layer and the reason, nothing written',
    async (_name, exportCase: ExportCase) => {
      const outDir = folder(`refused-${exportCase.name}`)
      const layer = exportCase.model.layers.findIndex((each) => each.approximate === 'tanh')
      await expect(
        exportModel({ model: exportCase.model, format: 'tfjs', outDir, referenceInputs: [] })
      ).rejects.toThrow(
        new RegExp(`^layers\\[${layer}\\]: TF.js cannot load GELU's tanh approximation`)
      )
      await expect(readFile(join(outDir, 'model.json'))).rejects.toThrow()
    }
  )
})
