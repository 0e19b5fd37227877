import * as tf from '@tensorflow/tfjs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportModel } from '../../../src/main/services/export'
import { predictRows } from '../../../src/main/services/predict'
import { loadExportCases, type ExportCase } from './support/cases'
import { expectOutputsClose } from './support/compare'
import { temporaryFolders } from './support/folders'
import { loadExport } from './support/tfjs-folder'

/**
 * The TF.js export against its real consumer: `tf.loadLayersModel` loads each exported folder
 * (support/tfjs-folder.ts; a model with input features after registering the folder's own
 * `input-features.js`), and the model must give `predict`'s outputs on real raw samples.
 */
/** TF.js cannot load gelu's tanh form from a model file: those exports are refused (below). */
const usesTanhGelu = (exportCase: ExportCase) =>
  exportCase.model.layers.some(
    (layer) => layer.activation === 'gelu' && layer.approximate === 'tanh'
  )
const allCases = await loadExportCases()
const cases = allCases.filter((exportCase) => !usesTanhGelu(exportCase))
const refused = allCases.filter(usesTanhGelu)
const folder = temporaryFolders('tfjs')
const folders: string[] = []

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
      const layersModel = await loadExport(folders[index], model)
      const classNames = layersModel.layers.map((layer) => layer.getClassName())
      const leakyCount = model.layers.filter((layer) => layer.activation === 'leaky-relu').length
      expect(classNames.filter((name) => name === 'Dense')).toHaveLength(model.layers.length)
      expect(classNames.filter((name) => name === 'LeakyReLU')).toHaveLength(leakyCount)
      expect(classNames.filter((name) => name === 'InputFeatures')).toHaveLength(
        model.inputFeatures ? 1 : 0
      )
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
      // Coded, so the app says it in the user's language.
      await expect(
        exportModel({ model: exportCase.model, format: 'tfjs', outDir, referenceInputs: [] })
      ).rejects.toMatchObject({
        detail: { code: 'export.tfjsActivation', params: { field: `layers[${layer}]` } }
      })
      await expect(readFile(join(outDir, 'model.json'))).rejects.toThrow()
    }
  )
})
