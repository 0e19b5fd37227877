import type { ModelFile } from '../../../shared/model/model-file'
import type { ExportLayer } from './export-layers'
import type { ExportFile } from './export-request'

/**
 * The model file of CONTRACTS.md section 2, with every weight and bias written out (a file that
 * relied on `init` and `seed` gets the numbers `predict` used, and loses those two fields).
 * Unknown fields are kept.
 */
export function jsonFiles(model: ModelFile, layers: readonly ExportLayer[]): ExportFile[] {
  const explicit: ModelFile = {
    ...model,
    layers: model.layers.map((layer, index) => ({
      ...layer,
      weights: layers[index].weights,
      biases: layers[index].biases
    }))
  }
  delete explicit.init
  delete explicit.seed
  return [
    {
      name: 'model.model.json',
      contents: JSON.stringify(explicit, null, 2) + '\n',
      description:
        'the Backprop Lab model file (architecture, weights, loss, classes, preprocessing)'
    }
  ]
}
