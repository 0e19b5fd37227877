import { activationLabel } from '@shared/model/activations/catalogue'
import type { ModelFile } from '@shared/model/model-file'

/** One layer as the model panel lists it. */
export interface LayerFact {
  index: number
  units: number
  activation: string
  /** Which parts are frozen (trainable false), empty when everything trains. */
  frozen: ('weights' | 'biases')[]
}

/** Widths from inputs to outputs, e.g. `4 → 6 → 3`. */
export function architectureOf(model: ModelFile): string {
  return [model.inputSize, ...model.layers.map((layer) => layer.units)].join(' → ')
}

/** Weights and biases of every layer: Σ (inputs + 1) × units. */
export function parameterCount(model: ModelFile): number {
  let inputs = model.inputSize
  let total = 0
  for (const layer of model.layers) {
    total += (inputs + 1) * layer.units
    inputs = layer.units
  }
  return total
}

/** The layers, 1-based as in the lab's notation (layer 1 is the first hidden layer). */
export function layerFacts(model: ModelFile): LayerFact[] {
  return model.layers.map((layer, index) => ({
    index: index + 1,
    units: layer.units,
    activation: activationLabel(layer.activation, layer),
    frozen: [
      ...(layer.trainable?.weights === false ? (['weights'] as const) : []),
      ...(layer.trainable?.biases === false ? (['biases'] as const) : [])
    ]
  }))
}

/** An example `--input` row for the placeholder: the preprocessing's centre, or zeros. */
export function exampleRow(model: ModelFile): string {
  const p = model.preprocessing
  const values = Array.from({ length: Math.min(model.inputSize, 8) }, (_, j) => {
    if (p?.kind === 'standardize') return Number(p.mean[j].toPrecision(3))
    if (p?.kind === 'minmax') return Number(((p.min[j] + p.max[j]) / 2).toPrecision(3))
    return 0
  })
  return values.join(', ') + (model.inputSize > 8 ? ', …' : '')
}
