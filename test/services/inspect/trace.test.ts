import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TraceInspection } from '../../../src/shared/model/inspect'
import type { ModelFile } from '../../../src/shared/model/model-file'
import { parseModelFile } from '../../../src/shared/validation/model-file'
import type { RunRecord } from '../../../src/main/db/run-repo'
import { traceLearningRate } from '../../../src/main/services/inspect/trace-inspection'
import { toPrintedDigits } from '../../engine/support/compare'
import { importCsv, openInspectLab, storeRun, type InspectLab } from './support/inspect-lab'

const presetPath = fileURLToPath(
  new URL('../../../resources/presets/textbook-2-2-2.model.json', import.meta.url)
)
const preset: ModelFile = parseModelFile(JSON.parse(readFileSync(presetPath, 'utf8')))
const inputs = [[0.05, 0.1]]
const targets = [[0.01, 0.99]]

/**
 * Matt Mazur, "A Step by Step Backpropagation Example" (2015): every number below is the one the
 * article prints; the trace must agree to every printed digit.
 */
function expectPublishedNumbers(trace: TraceInspection): void {
  const [hidden, output] = trace.layers
  const printed = (actual: number, expected: string) =>
    expect(toPrintedDigits(actual, expected)).toBe(expected)
  printed(hidden.z[0][0], '0.3775')
  printed(hidden.a[0][0], '0.593269992')
  printed(hidden.a[0][1], '0.596884378')
  printed(output.a[0][0], '0.75136507')
  printed(output.a[0][1], '0.772928465')
  printed(trace.loss, '0.298371109')
  printed(output.weightGradients[0][0], '0.082167041')
  const [[w5, w6], [w7, w8]] = output.updatedWeights
  printed(w5, '0.35891648')
  printed(w6, '0.408666186')
  printed(w7, '0.511301270')
  printed(w8, '0.561370121')
  const [[w1, w2], [w3, w4]] = hidden.updatedWeights
  printed(w1, '0.149780716')
  printed(w2, '0.19956143')
  printed(w3, '0.24975114')
  printed(w4, '0.29950229')
  expect(hidden.updatedBiases).toEqual([0.35, 0.35])
  expect(output.updatedBiases).toEqual([0.6, 0.6])
}

describe('inspect:trace', () => {
  let context: InspectLab
  let runId: string

  beforeAll(async () => {
    context = openInspectLab()
    const dataset = await importCsv(
      context.lab,
      'textbook',
      'x1,x2,target\n0.05,0.1,a\n0.2,0.3,b\n',
      'target'
    )
    runId = storeRun(
      context.lab,
      dataset,
      { ...preset, classes: ['a', 'b'] },
      { config: { optimizer: 'sgd', learningRate: 0.5 } }
    )
  })
  afterAll(() => context.close())

  it('the textbook preset by path, with its learning-rate hint 0.5: the published numbers', () => {
    const trace = context.inspect.trace({ modelPath: presetPath, inputs, targets })
    expect(trace.learningRate).toBe(0.5)
    expect(trace.l2).toBe(0)
    expect(trace.precision).toBe('f64')
    expect(trace.rows).toBeNull()
    expect(trace.inputs).toEqual(inputs)
    expect(trace.frozen).toEqual([
      { layer: 1, weights: false, biases: true },
      { layer: 2, weights: false, biases: true }
    ])
    expectPublishedNumbers(trace)
  })

  it('the preset given as content, lr 0.5: the published numbers; one layer alone when asked, with the whole network described', () => {
    expectPublishedNumbers(
      context.inspect.trace({ model: preset, inputs, targets, learningRate: 0.5 })
    )
    const second = context.inspect.trace({ model: preset, inputs, targets, layer: 2 })
    expect(second.layers.map((layer) => layer.layer)).toEqual([2])
    const frozenBiases = { weights: true, biases: false }
    expect(second.network).toEqual({
      inputSize: 2,
      layers: [
        { units: 2, activation: 'sigmoid', trainable: frozenBiases },
        { units: 2, activation: 'sigmoid', trainable: frozenBiases }
      ],
      loss: 'half-squared-error'
    })
    expect(toPrintedDigits(second.layers[0].updatedWeights[0][0], '0.35891648')).toBe('0.35891648')
  })

  it("a run with the preset's weights: the same numbers, and the stored model never changes", () => {
    const before = context.lab.db.runs.get(runId)!.model
    const first = context.inspect.trace({ runId, inputs, targets })
    const again = context.inspect.trace({ runId, inputs, targets })
    expect(first.learningRate).toBe(0.5)
    expectPublishedNumbers(first)
    expect(again).toEqual(first)
    expect(context.lab.db.runs.get(runId)!.model).toEqual(before)
    const layer = context.inspect.layer({ runId, layer: 2 })
    expect(layer.weights.values).toEqual([0.4, 0.45, 0.5, 0.55])
  })

  it('dataset rows of the run: their stored inputs and targets (one-hot of the class)', () => {
    const trace = context.inspect.trace({ runId, rows: [1, 0] })
    expect(trace.rows).toEqual([1, 0])
    // A CSV's values are stored as the Float64 numbers parsed (issue 16), so exactly as written.
    expect(trace.inputs).toEqual([
      [0.2, 0.3],
      [0.05, 0.1]
    ])
    expect(trace.targets).toEqual([
      [0, 1],
      [1, 0]
    ])
    expect(trace.layers[0].z).toHaveLength(2)
  })

  it('refuses targets of the wrong width and a layer the model lacks, naming the field', () => {
    expect(() => context.inspect.trace({ model: preset, inputs, targets: [[0.01]] })).toThrow(
      'targets[0]: expected 2 values, got 1'
    )
    expect(() => context.inspect.trace({ model: preset, inputs, targets, layer: 3 })).toThrow(
      'layer: the model has layers 1 to 2, got 3'
    )
  })
})

describe('the learning rate of a trace at a stored epoch', () => {
  // η = 0.4 halved every 2 epochs over 10: epoch e trains with 0.4 · 0.5^⌊(e − 1)/2⌋ (by hand).
  const run = {
    epochs: 10,
    config: {
      learningRate: 0.4,
      epochs: 10,
      lrSchedule: { kind: 'step', stepEpochs: 2, gamma: 0.5, warmupEpochs: 0 }
    }
  } as unknown as RunRecord

  it('is the rate of the epoch after the one shown, as the run took it', () => {
    // From the weights after epoch 4 the next step is epoch 5's: 0.4 · 0.5² = 0.1.
    expect(traceLearningRate(preset, run, undefined, 4)).toBeCloseTo(0.1, 15)
    // At epoch 0 (the initial weights) it is epoch 1's: 0.4.
    expect(traceLearningRate(preset, run, undefined, 0)).toBeCloseTo(0.4, 15)
    // Without an epoch, the latest: a finished run's last epoch (10), 0.4 · 0.5⁴ = 0.025.
    expect(traceLearningRate(preset, run, undefined, null)).toBeCloseTo(0.025, 15)
    // A rate given in the request wins.
    expect(traceLearningRate(preset, run, 0.3, 4)).toBe(0.3)
  })
})
