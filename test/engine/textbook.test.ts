import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  createJsKernels,
  networkFromModelFile,
  traceStep,
  type Network
} from '../../src/main/engine'
import type { StepTrace } from '../../src/shared/model/inspect'
import { parseModelFile } from '../../src/shared/validation/model-file'
import { toPrintedDigits } from './support/compare'
import { outputsOf } from './support/networks'

/**
 * Matt Mazur, "A Step by Step Backpropagation Example" (2015): a 2-2-2 sigmoid network,
 * half-squared-error, one sample, learning rate 0.5, biases frozen. Every expected number below
 * is the one the article prints; in Float64 the engine must agree to every printed digit.
 */
const presetPath = new URL('../../resources/presets/textbook-2-2-2.model.json', import.meta.url)
const inputs = [[0.05, 0.1]]
const targets = [[0.01, 0.99]]
const learningRate = 0.5

function textbookNetwork(): Network {
  const model = parseModelFile(JSON.parse(readFileSync(presetPath, 'utf8')))
  return networkFromModelFile(model, createJsKernels('f64'))
}

/** E_total = Σₖ ½(targetₖ − outₖ)² for the one sample, from the network's current weights. */
function totalError(network: Network): number {
  const [outputs] = outputsOf(network, inputs)
  return outputs.reduce((sum, out, k) => sum + 0.5 * (targets[0][k] - out) ** 2, 0)
}

describe("Mazur's 2-2-2 worked example, loaded from the shipped preset", () => {
  const network = textbookNetwork()
  const trace: StepTrace = traceStep(network, inputs, targets, learningRate, { l1: 0, l2: 0 })
  const [hidden, output] = trace.layers

  it('forward pass matches the printed out_h1, out_o1, out_o2 and E_total', () => {
    expect(toPrintedDigits(hidden.a[0][0], '0.593269992')).toBe('0.593269992')
    expect(toPrintedDigits(output.a[0][0], '0.75136507')).toBe('0.75136507')
    expect(toPrintedDigits(output.a[0][1], '0.772928465')).toBe('0.772928465')
    expect(toPrintedDigits(trace.loss, '0.298371109')).toBe('0.298371109')
  })

  it('backward pass matches the printed ∂E/∂w5', () => {
    expect(toPrintedDigits(output.weightGradients[0][0], '0.082167041')).toBe('0.082167041')
  })

  it('output weights after one step match the printed w5⁺ … w8⁺', () => {
    const [[w5, w6], [w7, w8]] = output.updatedWeights
    expect(toPrintedDigits(w5, '0.35891648')).toBe('0.35891648')
    expect(toPrintedDigits(w6, '0.408666186')).toBe('0.408666186')
    expect(toPrintedDigits(w7, '0.511301270')).toBe('0.511301270')
    expect(toPrintedDigits(w8, '0.561370121')).toBe('0.561370121')
  })

  it('hidden weights after one step match the printed w1⁺ … w4⁺', () => {
    const [[w1, w2], [w3, w4]] = hidden.updatedWeights
    expect(toPrintedDigits(w1, '0.149780716')).toBe('0.149780716')
    expect(toPrintedDigits(w2, '0.19956143')).toBe('0.19956143')
    expect(toPrintedDigits(w3, '0.24975114')).toBe('0.24975114')
    expect(toPrintedDigits(w4, '0.29950229')).toBe('0.29950229')
  })

  it('frozen biases stay at 0.35 and 0.60', () => {
    expect(hidden.updatedBiases).toEqual([0.35, 0.35])
    expect(output.updatedBiases).toEqual([0.6, 0.6])
  })

  it('E after the update is the exact 0.2910277737 (the article prints 0.291027924, from its program updating w5..w8 before the hidden layer)', () => {
    expect(toPrintedDigits(totalError(network), '0.2910277737')).toBe('0.2910277737')
  })
})

describe('the textbook preset file', () => {
  it('keeps its description and note through parseModelFile', () => {
    const model = parseModelFile(JSON.parse(readFileSync(presetPath, 'utf8')))
    expect(model.description).toMatch(/Mazur/)
    expect(model.note).toMatch(/0\.291027924/)
    expect(model.note).toMatch(/0\.2910277737/)
  })
})
