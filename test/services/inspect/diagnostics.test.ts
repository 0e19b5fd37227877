import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatasetSummary } from '../../../src/shared/model/dataset'
import {
  HISTOGRAM_BINS,
  type DiagnosticFinding,
  type LayerEpochInternals
} from '../../../src/shared/model/inspect'
import type { ModelFileLayer } from '../../../src/shared/model/model-file'
import {
  gridCsv,
  handModel,
  importCsv,
  openInspectLab,
  storeRun,
  type InspectLab,
  type StoredRunOptions
} from './support/inspect-lab'

const standardize = { kind: 'standardize' as const, mean: [0.25, 0.25], std: [1.5, 1.5] }
const output: ModelFileLayer = {
  units: 3,
  activation: 'softmax',
  weights: [
    [0.5, -0.3, 0.2, 0.1],
    [-0.2, 0.4, 0.1, -0.3],
    [0.3, 0.1, -0.4, 0.2]
  ],
  biases: [0, 0.1, -0.1]
}
/** Four ReLU units, each active on half of the grid: none is dead. */
const healthyRelu: ModelFileLayer = {
  units: 4,
  activation: 'relu',
  weights: [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1]
  ],
  biases: [0.1, 0.1, 0.1, 0.1]
}
/** Four tanh units with modest weights: |z| ≤ 1.5 on the standardized grid, far from ±1. */
const healthyTanh: ModelFileLayer = {
  units: 4,
  activation: 'tanh',
  weights: [
    [0.5, 0.3],
    [-0.4, 0.6],
    [0.2, -0.5],
    [0.7, 0.1]
  ],
  biases: [0.05, -0.05, 0.1, 0]
}

/** Per-epoch internals with these weight-gradient norms per layer (bias norms and histograms beside the point). */
function internals(...norms: number[]): LayerEpochInternals[] {
  const histogram = { min: 0, max: 0, counts: new Array<number>(HISTOGRAM_BINS).fill(0) }
  return norms.map((norm, l) => ({
    layer: l + 1,
    weightGradientNorm: norm,
    biasGradientNorm: norm / 2,
    histogram
  }))
}

/** Falling losses and steady norms: a run going well. */
const goingWell: StoredRunOptions = {
  config: { optimizer: 'sgd', learningRate: 0.1 },
  epochs: [1, 0.9, 0.8, 0.7, 0.65, 0.6].map((trainLoss) => ({
    trainLoss,
    internals: internals(0.2, 0.5)
  }))
}

describe('inspect:diagnostics', () => {
  let context: InspectLab
  let dataset: DatasetSummary

  beforeAll(async () => {
    context = openInspectLab()
    dataset = await importCsv(context.lab, 'grid', gridCsv().text)
  })
  afterAll(() => context.close())

  const diagnose = (
    hidden: ModelFileLayer[],
    options: StoredRunOptions = goingWell,
    last: ModelFileLayer = output
  ) => {
    const model = handModel(2, [...hidden, last], 'cross-entropy', {
      classes: ['c0', 'c1', 'c2'],
      preprocessing: standardize
    })
    return context.inspect.diagnostics({ runId: storeRun(context.lab, dataset, model, options) })
  }
  const kinds = (findings: DiagnosticFinding[]) =>
    findings.map((finding) => `${finding.kind}@${finding.layer ?? '-'}`)

  it('a healthy ReLU or tanh network that is learning: nothing to report', () => {
    const relu = diagnose([healthyRelu])
    expect(relu.findings).toEqual([])
    expect(relu.probeRows).toBe(20)
    expect(diagnose([healthyTanh]).findings).toEqual([])
    expect(
      diagnose([healthyTanh], {
        config: goingWell.config,
        epochs: goingWell.epochs!.map(({ trainLoss }) => ({ trainLoss }))
      }).findings
    ).toEqual([])
  })

  it('ReLU units with biases of −100 are dead: a = 0 on every probe row', () => {
    const dead = { ...healthyRelu, biases: [0.1, -100, 0.1, -100] }
    const [finding] = diagnose([dead]).findings.filter((found) => found.kind === 'dead-relu')
    expect(finding).toEqual({
      kind: 'dead-relu',
      layer: 1,
      severity: 'problem',
      values: { deadUnits: 2, units: 4, fraction: 0.5, probeRows: 20 },
      units: [1, 3]
    })
    const oneDead = diagnose([{ ...healthyRelu, biases: [0.1, 0.1, -100, 0.1] }]).findings
    expect(oneDead).toEqual([
      expect.objectContaining({ kind: 'dead-relu', severity: 'warning', units: [2] })
    ])
  })

  it('sigmoid and tanh units with weights of ±50 are saturated; their modest neighbours are not', () => {
    for (const activation of ['sigmoid', 'tanh'] as const) {
      const saturating: ModelFileLayer = {
        units: 4,
        activation,
        weights: [
          [50, 0],
          [0, -50],
          [0.1, 0.1],
          [-0.2, 0.1]
        ],
        biases: [0, 0, 0, 0]
      }
      const findings = diagnose([saturating]).findings
      expect(kinds(findings)).toEqual(['saturated-units@1'])
      expect(findings[0]).toMatchObject({
        severity: 'problem',
        units: [0, 1],
        values: { saturatedUnits: 2, units: 4, fraction: 0.5 }
      })
    }
  })

  it('recorded norms: a first layer at 1e-4 of the last one is vanishing', () => {
    const epochs = goingWell.epochs!.map(({ trainLoss }) => ({
      trainLoss,
      internals: internals(5e-5, 0.5)
    }))
    const findings = diagnose([healthyTanh], { ...goingWell, epochs }).findings
    expect(findings).toEqual([
      {
        kind: 'vanishing-gradients',
        layer: 1,
        severity: 'warning',
        values: { norm: 5e-5, outputNorm: 0.5, ratio: 5e-5 / 0.5 }
      }
    ])
  })

  it('no recorded norms: a deep sigmoid network with 1e-3 weights vanishes by orders of magnitude towards the input', () => {
    const tiny = (
      units: number,
      inputs: number,
      activation: ModelFileLayer['activation']
    ): ModelFileLayer => ({
      units,
      activation,
      weights: Array.from({ length: units }, (_, j) =>
        Array.from({ length: inputs }, (_, k) => ((j + k) % 2 ? 1e-3 : -1e-3))
      ),
      biases: new Array<number>(units).fill(0)
    })
    const findings = diagnose(
      [tiny(4, 2, 'sigmoid'), tiny(4, 4, 'sigmoid')],
      { config: goingWell.config },
      tiny(3, 4, 'softmax')
    ).findings
    expect(kinds(findings)).toEqual(['vanishing-gradients@1', 'vanishing-gradients@2'])
    const [first, second] = findings
    expect(first.values.ratio).toBeLessThan(second.values.ratio)
    expect(first.values.ratio).toBeCloseTo(first.values.norm / first.values.outputNorm, 15)
  })

  it('recorded norms growing 30-fold in five epochs are exploding (a warning), norms bouncing back from one tiny epoch are not; one over 1e3 is a problem', () => {
    const growing = [1, 1.5, 3, 6, 12, 30].map((norm, e) => ({
      trainLoss: 1 - e / 10,
      internals: internals(norm, 0.5)
    }))
    expect(diagnose([healthyTanh], { ...goingWell, epochs: growing }).findings).toEqual([
      {
        kind: 'exploding-gradients',
        layer: 1,
        severity: 'warning',
        values: { norm: 30, earlierNorm: 1, growth: 30, epochs: 5 }
      }
    ])
    // Noisy epochs (batches of one sample): back up from one tiny epoch is not growth.
    const bouncing = [1e-9, 0.2, 0.05, 0.3, 0.1, 0.2].map((norm, e) => ({
      trainLoss: 1 - e / 10,
      internals: internals(norm, 0.5)
    }))
    expect(diagnose([healthyTanh], { ...goingWell, epochs: bouncing }).findings).toEqual([])
    const huge = goingWell.epochs!.map(({ trainLoss }) => ({
      trainLoss,
      internals: internals(2e3, 3e3)
    }))
    const findings = diagnose([healthyTanh], { ...goingWell, epochs: huge }).findings
    expect(kinds(findings)).toEqual(['exploding-gradients@1', 'exploding-gradients@2'])
    expect(findings.every((finding) => finding.severity === 'problem')).toBe(true)
  })

  it('a train loss rising for five epochs under a learning rate of 5× the default is reported, not under a small one', () => {
    const rising = [0.9, 0.5, 0.55, 0.6, 0.7, 0.8, 0.95].map((trainLoss) => ({
      trainLoss,
      internals: internals(0.2, 0.5)
    }))
    expect(
      diagnose([healthyTanh], { config: { optimizer: 'sgd', learningRate: 0.5 }, epochs: rising })
        .findings
    ).toEqual([
      {
        kind: 'rising-loss',
        severity: 'problem',
        values: { epochs: 5, from: 0.5, to: 0.95, learningRate: 0.5, defaultLearningRate: 0.1 }
      }
    ])
    expect(
      diagnose([healthyTanh], { config: { optimizer: 'sgd', learningRate: 0.01 }, epochs: rising })
        .findings
    ).toEqual([])
  })
})
