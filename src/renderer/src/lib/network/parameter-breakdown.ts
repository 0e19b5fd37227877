/** The parameters of one layer l: W⁽ˡ⁾ (units(l) × units(l−1)) and b⁽ˡ⁾ (units(l)). */
export interface LayerParameters {
  /** 1-based layer number. */
  layer: number
  units: number
  /** units(l−1): the width of the layer feeding this one. */
  inputs: number
  weights: number
  biases: number
  total: number
}

/** Weights and biases per layer; `layers[0]` is the input layer (it has none). */
export function parameterBreakdown(layers: readonly { units: number }[]): LayerParameters[] {
  return layers.slice(1).map((layer, index) => {
    const inputs = layers[index].units
    const weights = layer.units * inputs
    return {
      layer: index + 1,
      units: layer.units,
      inputs,
      weights,
      biases: layer.units,
      total: weights + layer.units
    }
  })
}
