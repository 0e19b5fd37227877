import { activationRecord, appliedTex } from '@shared/model/activations/catalogue'
import { lossRecord } from '@shared/model/losses/catalogue'
import type { ActivationName, LossName } from '@shared/model/network'
import type { DiagramLayer } from './diagram-layout'

/**
 * TeX for the lab's notation (CONTRACTS.md section 1): z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾, a⁽ˡ⁾ = f(z⁽ˡ⁾),
 * W⁽ˡ⁾ of shape units(l) × units(l−1), a⁽⁰⁾ = x, and the costs J over a batch of m samples.
 */

/** One layer's equations: what it computes and the shapes of its parameters. */
export interface LayerEquation {
  /** 1-based layer number l. */
  layer: number
  units: number
  activation: ActivationName
  /** z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾ and a⁽ˡ⁾ = f(z⁽ˡ⁾). */
  forward: string
  /** W⁽ˡ⁾ ∈ ℝ^{units(l)×units(l−1)}, b⁽ˡ⁾ ∈ ℝ^{units(l)}. */
  shapes: string
}

const superscript = (layer: number) => `^{(${layer})}`

/** a⁽ˡ⁾ = f(z⁽ˡ⁾) with the layer's own function written out (a linear layer is a⁽ˡ⁾ = z⁽ˡ⁾). */
function activationTex(activation: ActivationName, layer: number): string {
  return `a${superscript(layer)} = ${appliedTex(activation, `z${superscript(layer)}`)}`
}

/** a⁽⁰⁾ = x ∈ ℝ^d: the input layer. */
export function inputEquation(inputs: number): string {
  return `a^{(0)} = x \\in \\mathbb{R}^{${inputs}}`
}

/** The equations of layers 1 … L; `layers[0]` is the input layer. */
export function layerEquations(layers: readonly DiagramLayer[]): LayerEquation[] {
  return layers.slice(1).map((layer, index) => {
    const l = index + 1
    const previous = layers[index].units
    const activation = layer.activation ?? 'linear'
    const s = superscript(l)
    return {
      layer: l,
      units: layer.units,
      activation,
      forward: `z${s} = W${s} a^{(${l - 1})} + b${s}, \\qquad ${activationTex(activation, l)}`,
      shapes: `W${s} \\in \\mathbb{R}^{${layer.units} \\times ${previous}}, \\quad b${s} \\in \\mathbb{R}^{${layer.units}}`
    }
  })
}

/**
 * The definition of each activation the network uses, in order of first use (the identity needs
 * none: its layers are written a⁽ˡ⁾ = z⁽ˡ⁾).
 */
export function activationDefinitions(
  activations: readonly ActivationName[],
  outputUnits: number
): string[] {
  return [...new Set(activations)]
    .map(activationRecord)
    .filter((record) => record.tex.symbol !== null)
    .map((record) => record.tex.definition(outputUnits))
}

/** The cost J for the loss, with the network's L and number of outputs K written in. */
export function lossEquation(loss: LossName, layerCount: number, outputUnits: number): string {
  const a = `a^{(${layerCount})}`
  const samples = '\\frac{1}{m} \\sum_{i=1}^{m}'
  const single = outputUnits === 1
  const overOutputs = single ? '' : `\\sum_{k=1}^{${outputUnits}} `
  const ik = single ? 'i' : 'ik'
  return lossRecord(loss).tex.cost({ a, samples, overOutputs, ik })
}
