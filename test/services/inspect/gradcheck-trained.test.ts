import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completeRunConfig } from '../../../src/main/services/training/run-config'
import type { GradientCheckInspection } from '../../../src/shared/model/inspect'
import { openInspectLab, type InspectLab } from './support/inspect-lab'

const MNIST_TEST_IMAGES = '/work/shared/datasets/mnist/t10k-images-idx3-ubyte.gz'

/** The layers that did not pass, by number. */
const failing = (check: GradientCheckInspection) =>
  check.layers.filter((layer) => !layer.passed).map((layer) => layer.layer)

/**
 * Issue 20: on a trained 784-128-64-10 ReLU image model the Float64 check said "Backprop
 * disagrees" with relative errors of 1e-4 on gradients of 1e-9, which is the rounding of J
 * divided by 2ε, not a backprop error. The check now judges |b − n| ≤ atol + rtol·max(|b|, |n|)
 * with atol scaled to the loss, and a deliberately broken backprop still fails.
 */
describe('inspect:gradcheck on a trained 784-128-64-10 ReLU network', () => {
  let context: InspectLab
  let runId: string

  beforeAll(async () => {
    context = openInspectLab()
    const { lab } = context
    const dataset = (await lab.imports.importPath(MNIST_TEST_IMAGES)).dataset
    const config = completeRunConfig(
      { hidden: [128, 64], activation: 'relu', epochs: 3, l2: 1e-4, seed: 7 },
      dataset.rows
    )
    const run = lab.training.start({ datasetId: dataset.datasetId, config, initialModel: null })
    const outcome = await run.finished
    expect(outcome.status).toBe('completed')
    runId = run.runId
  }, 120_000)
  afterAll(() => context?.close())

  it('passes in Float64: the tiny gradients’ finite-difference noise is within the absolute floor', () => {
    const check = context.inspect.gradientCheck({ runId, precision: 'f64' })
    expect(failing(check)).toEqual([])
    expect(check.passed).toBe(true)
    // The noise is real: some relative errors are far above 1e-6, on gradients far below atol.
    expect(Math.max(...check.layers.map((layer) => layer.maxRelativeError))).toBeGreaterThan(1e-6)
    expect(check.tolerance.relative).toBe(1e-6)
    expect(check.tolerance.absolute).toBeGreaterThan(0)
    expect(check.tolerance.absolute).toBeLessThan(1e-8)
    for (const layer of check.layers) {
      const { backprop, numeric, absoluteError, tolerance } = layer.worst
      expect(absoluteError).toBeCloseTo(Math.abs(backprop - numeric), 20)
      expect(absoluteError).toBeLessThanOrEqual(tolerance)
      expect(tolerance).toBeCloseTo(
        check.tolerance.absolute +
          check.tolerance.relative * Math.max(Math.abs(backprop), Math.abs(numeric)),
        20
      )
    }
  })

  it("passes in the model's Float32 too", () => {
    const check = context.inspect.gradientCheck({ runId, precision: 'model' })
    expect(check.precision).toBe('f32')
    expect(failing(check)).toEqual([])
  })

  it('turns red on the one layer whose bias gradient has its sign flipped', () => {
    const check = context.inspect.gradientCheck({
      runId,
      count: 4,
      broken: { kind: 'flip-bias-sign', layer: 1 }
    })
    expect(check.broken).toEqual({ kind: 'flip-bias-sign', layer: 1 })
    expect(failing(check)).toEqual([1])
    expect(check.layers[0].worst.kind).toBe('bias')
    expect(check.passed).toBe(false)
  })

  it('turns red on every layer when backprop drops the L2 term', () => {
    const check = context.inspect.gradientCheck({ runId, count: 4, broken: { kind: 'drop-l2' } })
    expect(check.l2).toBe(1e-4)
    expect(failing(check)).toEqual([1, 2, 3])
    for (const layer of check.layers) {
      expect(layer.worst.kind).toBe('weight')
    }
  })

  it('picks the broken layer itself when none is named, and says which', () => {
    const check = context.inspect.gradientCheck({
      runId,
      count: 4,
      broken: { kind: 'flip-bias-sign' }
    })
    expect(check.broken?.kind).toBe('flip-bias-sign')
    const layer = (check.broken as { layer: number }).layer
    expect(failing(check)).toEqual([layer])
  })

  it('refuses to break a layer the model does not have', () => {
    expect(() =>
      context.inspect.gradientCheck({ runId, broken: { kind: 'flip-bias-sign', layer: 4 } })
    ).toThrow('the model has 3 layers; there is no layer 4 to break')
  })
})
