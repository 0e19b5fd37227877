import type { NetworkSpec } from '@shared/model/network'
import type { DiagramHighlight } from '@renderer/lib/network/diagram-layout'

/** What a step of the step-through does. */
export type StepKind = 'forward' | 'loss' | 'backward' | 'update'

/** One step: its kind and the layer it works on (null for the loss and the update). */
export interface StepRef {
  kind: StepKind
  layer: number | null
}

/**
 * The steps of one gradient-descent step on one sample, for a network of `layerCount` layers:
 * forward through layers 1 … L (z = Wa + b, a = f(z)), the loss, backward through layers
 * L … 1 (δ, ∂J/∂W, ∂J/∂b), then the update of every layer.
 */
export function stepSequence(layerCount: number): StepRef[] {
  const forward = Array.from({ length: layerCount }, (_, index) => index + 1)
  return [
    ...forward.map((layer): StepRef => ({ kind: 'forward', layer })),
    { kind: 'loss', layer: null },
    ...forward.reverse().map((layer): StepRef => ({ kind: 'backward', layer })),
    { kind: 'update', layer: null }
  ]
}

/** Widest a layer (and its input) may be for a step to show all its numbers. */
export const SMALL_LAYER_UNITS = 8

/** The widths of layer l: its units and its inputs (units of l − 1, or the input size). */
export function layerWidths(
  network: NetworkSpec,
  layer: number
): { units: number; inputs: number } {
  return {
    units: network.layers[layer - 1].units,
    inputs: layer === 1 ? network.inputSize : network.layers[layer - 2].units
  }
}

/** True when a step on layer l shows every number (else it follows one neuron). */
export function isSmallLayer(network: NetworkSpec, layer: number): boolean {
  const { units, inputs } = layerWidths(network, layer)
  return units <= SMALL_LAYER_UNITS && inputs <= SMALL_LAYER_UNITS
}

/** The units of layer l a step shows: all of a small layer, else the followed one. */
export function shownUnits(network: NetworkSpec, layer: number, followed: number): number[] {
  if (isSmallLayer(network, layer)) {
    return Array.from({ length: network.layers[layer - 1].units }, (_, unit) => unit)
  }
  return [followed]
}

/** The trace layers whose numbers a step shows (the layers before and after it for backward). */
export function layersNeeded(step: StepRef, layerCount: number): number[] {
  const all = Array.from({ length: layerCount }, (_, index) => index + 1)
  if (step.kind === 'loss') return [layerCount]
  if (step.kind === 'update') return all
  const layer = step.layer!
  const around = step.kind === 'forward' ? [layer - 1, layer] : [layer - 1, layer, layer + 1]
  return around.filter((candidate) => candidate >= 1 && candidate <= layerCount)
}

/**
 * The neurons a step lights on the network drawing (0 = the inputs): a forward step lights its
 * inputs and the units it computes, the loss the outputs, a backward step the units whose δ it
 * computes with the layer feeding them and the layer δ comes back from, the update every layer.
 * In a wide layer only the followed unit is lit.
 */
export function stepHighlight(
  step: StepRef,
  network: NetworkSpec,
  followed: (layer: number) => number
): DiagramHighlight[] {
  const count = network.layers.length
  const unitsOf = (layer: number): DiagramHighlight =>
    isSmallLayer(network, layer) ? { layer } : { layer, units: [followed(layer)] }
  if (step.kind === 'loss') return [{ layer: count }]
  if (step.kind === 'update') return Array.from({ length: count + 1 }, (_, layer) => ({ layer }))
  const layer = step.layer!
  if (step.kind === 'forward') return [{ layer: layer - 1 }, unitsOf(layer)]
  const lit: DiagramHighlight[] = [{ layer: layer - 1 }, unitsOf(layer)]
  return layer < count ? [...lit, { layer: layer + 1 }] : lit
}
