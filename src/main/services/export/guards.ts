import { userError } from '../../../shared/errors'
import type { ModelFile } from '../../../shared/model/model-file'

/**
 * Refuses a model with a NaN or infinite weight or bias, naming the first one, e.g.
 * `layers[0].weights[2][3] is NaN: a model with NaN or Infinity weights cannot be exported`.
 * Other tools would load such a model and silently give NaN for every input.
 */
export function assertFiniteParameters(model: ModelFile): void {
  model.layers.forEach((layer, index) => {
    layer.weights?.forEach((row, rowIndex) => {
      row.forEach((value, column) => {
        refuseNonFinite(value, `layers[${index}].weights[${rowIndex}][${column}]`)
      })
    })
    layer.biases?.forEach((value, unit) =>
      refuseNonFinite(value, `layers[${index}].biases[${unit}]`)
    )
  })
}

function refuseNonFinite(value: number | null, field: string): void {
  if (!Number.isFinite(value)) {
    // JSON has no NaN or Infinity: a model read back from the lab's database holds null there.
    throw userError('export.nonFinite', { field, value: value === null ? null : String(value) })
  }
}
