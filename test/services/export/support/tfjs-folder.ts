import * as tf from '@tensorflow/tfjs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ModelFile } from '../../../../src/shared/model/model-file'

/**
 * Loading an export folder with pure-JS @tensorflow/tfjs (tfjs-node, whose `file://` loader
 * reads disk, cannot be installed here): the standard layers-model loader contract, reading
 * `model.json` and the weight files it lists.
 */
export function diskHandler(directory: string): tf.io.IOHandler {
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

/**
 * Loads an export folder as its README says: a model with input features first imports the
 * folder's own `input-features.js` and registers its layer with this `tf`.
 */
export async function loadExport(directory: string, model: ModelFile): Promise<tf.LayersModel> {
  if (model.inputFeatures) {
    const module = await import(pathToFileURL(join(directory, 'input-features.js')).href)
    module.registerInputFeatures(tf)
  }
  return tf.loadLayersModel(diskHandler(directory))
}
