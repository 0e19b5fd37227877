import { describe, expect, it } from 'vitest'
import { createJsKernels, traceStep } from '../../../src/main/engine'
import { networkFromModelFile } from '../../../src/main/engine/serialize'
import { NO_REGULARIZATION } from '../../../src/shared/model/training'
import { parseModelFile } from '../../../src/shared/validation/model-file'
import presetJson from '../../../resources/presets/textbook-2-2-2.model.json'
import {
  TEXTBOOK_INPUTS,
  TEXTBOOK_LEARNING_RATE,
  TEXTBOOK_TARGETS,
  textbookStep,
  trainTextbook
} from '@renderer/lib/learn/worked-example'
import { agreesWithPrinted, formatExact, workedFigures } from '@renderer/lib/learn/worked-figures'

/**
 * Matt Mazur, "A Step by Step Backpropagation Example" (2015). The printed figures below are the
 * article's; `exact` values were computed independently (Python, Float64) from its weights.
 */
describe('the 2-2-2 worked example', () => {
  const step = textbookStep()

  it('gives every forward-pass figure the article prints', () => {
    expect(step.z1[0]).toBeCloseTo(0.3775, 12)
    expect(step.a1[0].toFixed(9)).toBe('0.593269992')
    expect(step.a1[1].toFixed(9)).toBe('0.596884378')
    expect(step.z2[0].toFixed(9)).toBe('1.105905967')
    expect(step.a2[0].toFixed(8)).toBe('0.75136507')
    expect(step.a2[1].toFixed(9)).toBe('0.772928465')
    expect(step.errors[0].toFixed(9)).toBe('0.274811083')
    expect(step.errors[1].toFixed(9)).toBe('0.023560026')
    expect(step.error.toFixed(9)).toBe('0.298371109')
  })

  it('splits ∂E/∂w5 into the article’s three factors 0.74136507 × 0.186815602 × 0.593269992', () => {
    expect(step.outputErrorSlopes[0].toFixed(8)).toBe('0.74136507')
    expect(step.outputSlopes[0].toFixed(9)).toBe('0.186815602')
    expect(step.gradW2[0][0]).toBeCloseTo(
      step.outputErrorSlopes[0] * step.outputSlopes[0] * step.a1[0],
      15
    )
    expect(step.gradW2[0][0].toFixed(9)).toBe('0.082167041')
    expect(step.delta2[0].toFixed(9)).toBe('0.138498562')
  })

  it('updates the output weights to w5⁺ … w8⁺ as printed', () => {
    const [[w5, w6], [w7, w8]] = step.next.W2
    expect(w5.toFixed(8)).toBe('0.35891648')
    expect(w6.toFixed(9)).toBe('0.408666186')
    expect(w7.toFixed(9)).toBe('0.511301270')
    expect(w8.toFixed(9)).toBe('0.561370121')
  })

  it('sums the hidden unit’s two paths with the original w5 and w7 and updates w1 … w4 as printed', () => {
    expect(step.paths[0][0].toFixed(9)).toBe('0.055399425')
    expect(step.paths[0][1]).toBeCloseTo(-0.0190491182583, 12)
    expect(step.hiddenErrorSlopes[0].toFixed(9)).toBe('0.036350306')
    expect(step.hiddenSlopes[0].toFixed(9)).toBe('0.241300709')
    expect(step.gradW1[0][0].toFixed(9)).toBe('0.000438568')
    const [[w1, w2], [w3, w4]] = step.next.W1
    expect(w1.toFixed(9)).toBe('0.149780716')
    expect(w2.toFixed(8)).toBe('0.19956143')
    expect(w3.toFixed(8)).toBe('0.24975114')
    expect(w4.toFixed(8)).toBe('0.29950229')
    expect(step.next.b1).toEqual([0.35, 0.35])
    expect(step.next.b2).toEqual([0.6, 0.6])
  })

  it('gives E = 0.2910277737 after one step, where the article prints 0.291027924', () => {
    expect(trainTextbook(1).error).toBeCloseTo(0.291027773694, 12)
  })

  it('reproduces every later figure of the article with its program’s first update order', () => {
    const variant = { hiddenUsesUpdatedWeights: true }
    expect(trainTextbook(1, variant).error.toFixed(9)).toBe('0.291027924')
    const long = trainTextbook(10_000, variant)
    expect(long.error.toFixed(9)).toBe('0.000035085')
    expect(long.outputs[0].toFixed(9)).toBe('0.015912196')
    expect(long.outputs[1].toFixed(9)).toBe('0.984065734')
  })

  it('gives the lab’s numbers for 10,000 steps: J before the last update and after it', () => {
    expect(trainTextbook(9_999).error).toBeCloseTo(3.51085481225e-5, 14)
    const long = trainTextbook(10_000)
    expect(long.error).toBeCloseTo(3.51018778298e-5, 14)
    expect(long.outputs[0].toFixed(9)).toBe('0.015913620')
    expect(long.outputs[1].toFixed(9)).toBe('0.984064274')
  })

  it('agrees with the engine’s trace of the textbook preset to 12 digits', () => {
    const preset = parseModelFile(presetJson)
    const network = networkFromModelFile(preset, createJsKernels('f64'))
    const trace = traceStep(
      network,
      [[...TEXTBOOK_INPUTS]],
      [[...TEXTBOOK_TARGETS]],
      TEXTBOOK_LEARNING_RATE,
      NO_REGULARIZATION
    )
    const [hidden, output] = trace.layers
    expect(trace.loss).toBeCloseTo(step.error, 12)
    hidden.a[0].forEach((a, j) => expect(a).toBeCloseTo(step.a1[j], 12))
    output.delta[0].forEach((delta, k) => expect(delta).toBeCloseTo(step.delta2[k], 12))
    hidden.delta[0].forEach((delta, j) => expect(delta).toBeCloseTo(step.delta1[j], 12))
    output.updatedWeights
      .flat()
      .forEach((w, i) => expect(w).toBeCloseTo(step.next.W2.flat()[i], 12))
    hidden.updatedWeights
      .flat()
      .forEach((w, i) => expect(w).toBeCloseTo(step.next.W1.flat()[i], 12))
  })
})

describe('the worked example’s figure table', () => {
  it('marks exactly the figures where the article differs from exact arithmetic, with the reason', () => {
    const differing = workedFigures()
      .filter((figure) => figure.differs !== null)
      .map((figure) => [figure.id, figure.differs])
    expect(differing).toEqual([
      ['pathO2', 'rounded'],
      ['errorAfterOne', 'updateOrder'],
      ['errorAfterLong', 'updateOrder'],
      ['outO1AfterLong', 'updateOrder'],
      ['outO2AfterLong', 'updateOrder']
    ])
  })

  it('compares at the printed digits and writes exact values with 10 significant digits', () => {
    expect(agreesWithPrinted(-0.0190491182583, '-0.019049119')).toBe(false)
    expect(agreesWithPrinted(-0.0190491182583, '-0.019049118')).toBe(true)
    expect(agreesWithPrinted(0.358916479718, '0.35891648')).toBe(true)
    expect(formatExact(0.291027773694)).toBe('0.2910277737')
    expect(formatExact(3.51018778298e-5)).toBe('0.00003510187783')
    expect(formatExact(0.3775)).toBe('0.3775')
  })
})
