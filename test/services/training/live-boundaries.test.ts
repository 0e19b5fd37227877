import { describe, expect, it } from 'vitest'
import { loadKernels } from '../../../src/main/kernel-host/load-kernels'
import { LiveBoundaries, type LiveRuns } from '../../../src/main/services/training/live-boundaries'
import { NEURON_RESOLUTION } from '../../../src/main/services/training/decision-boundary'
import type { LatestParameters } from '../../../src/main/services/training/run-launch'
import type { DecisionBoundary } from '../../../src/shared/model/live-run'
import type { Precision } from '../../../src/shared/model/network'
import { PLANE_DATASET as DATASET, PLANE_MODEL as MODEL } from '../../support/plane-model'

/** The plane's cell-centre frame (its data from (−1, −2) to (3, 2), 10 % margins). */
const [xMin, xMax, yMin, yMax] = [-1.4, 3.4, -2.4, 2.4]

/** PLANE_MODEL's shape with every weight and bias times `scale`: W(1), b(1), W(2), b(2). */
function parametersAt(scale: number): Float32Array[] {
  return [[1.5, -0.5, 0.25, 2], [0.1, -0.3], [2, -1.5], [0.2]].map((values) =>
    Float32Array.from(values, (value) => value * scale)
  )
}

/** The forward pass by hand (f64): h = tanh(W(1)x + b(1)), P = σ(W(2)h + b(2)). */
function byHand(parameters: Float32Array[], x: number, y: number): number[] {
  const [w1, b1, w2, b2] = parameters
  const h = [0, 1].map((unit) => Math.tanh(w1[unit * 2] * x + w1[unit * 2 + 1] * y + b1[unit]))
  const p = 1 / (1 + Math.exp(-(w2[0] * h[0] + w2[1] * h[1] + b2[0])))
  return [...h, p]
}

/**
 * f32 arithmetic and colour rounding (at most half the fifth digit of a picture's largest |value|:
 * 5·10⁻⁶ where that is between 0.1 and 1, as in these tanh and sigmoid units) stay within this.
 */
const F32_TOLERANCE = 1e-5

function expectByHand(boundary: DecisionBoundary, parameters: Float32Array[]): void {
  const { resolution } = boundary
  for (let cell = 0; cell < resolution * resolution; cell++) {
    const x = xMin + (((cell % resolution) + 0.5) / resolution) * (xMax - xMin)
    const y = yMin + ((Math.floor(cell / resolution) + 0.5) / resolution) * (yMax - yMin)
    expect(Math.abs(boundary.values[cell] - byHand(parameters, x, y)[2])).toBeLessThan(
      F32_TOLERANCE
    )
  }
  const n = NEURON_RESOLUTION
  for (let cell = 0; cell < n * n; cell++) {
    const x = xMin + (((cell % n) + 0.5) / n) * (xMax - xMin)
    const y = yMin + ((Math.floor(cell / n) + 0.5) / n) * (yMax - yMin)
    const units = byHand(parameters, x, y)
    boundary.neurons.forEach((picture, index) =>
      expect(Math.abs(picture.values[cell] - units[index])).toBeLessThan(F32_TOLERANCE)
    )
  }
}

/**
 * Runs "training" in a stand-in service: `training` holds each one's precision from its start,
 * `newest` its parameters once it has reported them (both set by the test, through `report`
 * and `end`, which answer whoever waits for a report).
 */
function standInRuns(): LiveRuns & {
  training: Map<string, Precision>
  newest: Map<string, LatestParameters>
  answerWaiters(runId: string): void
} {
  const training = new Map<string, Precision>()
  const newest = new Map<string, LatestParameters>()
  const waiters = new Map<string, (() => void)[]>()
  return {
    training,
    newest,
    trainingPrecision: (runId) => training.get(runId),
    latest: (runId) => (training.has(runId) ? newest.get(runId) : undefined),
    currentModel: (runId) => (newest.has(runId) ? { model: MODEL } : null),
    reported: (runId) =>
      !training.has(runId) || newest.has(runId)
        ? Promise.resolve()
        : new Promise((resolve) => waiters.set(runId, [...(waiters.get(runId) ?? []), resolve])),
    answerWaiters: (runId) => {
      for (const resolve of waiters.get(runId) ?? []) resolve()
      waiters.delete(runId)
    }
  }
}

/** Run `runId` training in `runs`, its newest parameters `latest`. */
function report(
  runs: ReturnType<typeof standInRuns>,
  runId: string,
  latest: LatestParameters
): void {
  runs.training.set(runId, latest.parameters[0] instanceof Float64Array ? 'f64' : 'f32')
  runs.newest.set(runId, latest)
  runs.answerWaiters(runId)
}

/** Run `runId` has ended. */
function end(runs: ReturnType<typeof standInRuns>, runId: string): void {
  runs.training.delete(runId)
  runs.newest.delete(runId)
  runs.answerWaiters(runId)
}

describe('live boundaries: one f32 network per training run (issue 18)', () => {
  it('builds the network once and draws each newer set of weights as a forward pass by hand', async () => {
    const runs = standInRuns()
    const loaded: string[] = []
    const live = new LiveBoundaries(runs, async (precision) => {
      const kernels = await loadKernels(precision, { threads: 1 })
      loaded.push(kernels.name)
      return kernels
    })
    for (const [epoch, scale] of [
      [1, 1],
      [2, 0.5],
      [3, -1.25]
    ]) {
      const parameters = parametersAt(scale)
      report(runs, 'run-1', { epoch, parameters })
      const boundary = (await live.boundary('run-1', DATASET, 60))!
      expect(boundary.epoch).toBe(epoch)
      expect(boundary.neurons).toHaveLength(3)
      expectByHand(boundary, parameters)
      expect(boundary.weights![0][1][1]).toBeCloseTo(2 * scale, 6)
    }
    expect(loaded).toHaveLength(1)
    expect(loaded[0]).toMatch(/^wasm-simd-f32/)
  })

  it('draws an f64 run on f64 kernels, its connections showing its exact weights', async () => {
    const runs = standInRuns()
    const precisions: string[] = []
    const live = new LiveBoundaries(runs, (precision) => {
      precisions.push(precision)
      return loadKernels(precision, { threads: 1 })
    })
    const parameters = parametersAt(1).map((values) => Float64Array.from(values, (v) => v + 0.1))
    report(runs, 'run-1', { epoch: 1, parameters })
    const boundary = (await live.boundary('run-1', DATASET, 60))!
    expect(precisions).toEqual(['f64'])
    expect(boundary.weights![0][1][1]).toBe(2.1)
  })

  it('carries the batch a slow-motion answer was drawn at', async () => {
    const runs = standInRuns()
    const live = new LiveBoundaries(runs)
    const position = { epoch: 4, batch: 2, step: 50 }
    report(runs, 'run-1', { epoch: 3, position, parameters: parametersAt(1) })
    expect((await live.boundary('run-1', DATASET, 30))!.position).toEqual(position)
  })

  it('answers null for a run not training, and builds a fresh network for the next run', async () => {
    const runs = standInRuns()
    let builds = 0
    const live = new LiveBoundaries(runs, (precision) => {
      builds++
      return loadKernels(precision, { threads: 1 })
    })
    expect(await live.boundary('run-1', DATASET, 60)).toBeNull()
    report(runs, 'run-1', { epoch: 1, parameters: parametersAt(1) })
    await live.boundary('run-1', DATASET, 60)
    await live.boundary('run-1', DATASET, 60)
    end(runs, 'run-1')
    expect(await live.boundary('run-1', DATASET, 60)).toBeNull()
    report(runs, 'run-2', { epoch: 1, parameters: parametersAt(0.5) })
    expectByHand((await live.boundary('run-2', DATASET, 60))!, parametersAt(0.5))
    expect(builds).toBe(2)
  })

  it("asked before a run's first epoch, loads its kernels and answers with that epoch", async () => {
    const runs = standInRuns()
    /** The epoch the run had reported when its kernels were asked for. */
    const loadedAt: (number | undefined)[] = []
    const live = new LiveBoundaries(runs, (precision) => {
      loadedAt.push(runs.latest('run-1')?.epoch)
      return loadKernels(precision, { threads: 1 })
    })
    // Started: the page asks as soon as the run trains, before its first epoch has ended.
    runs.training.set('run-1', 'f32')
    const asked = live.boundary('run-1', DATASET, 60)
    expect(loadedAt).toEqual([undefined])
    // Its first epoch ends: the waiting answer draws its weights, on the kernels already there.
    report(runs, 'run-1', { epoch: 1, parameters: parametersAt(1) })
    const first = (await asked)!
    expect(first.epoch).toBe(1)
    expectByHand(first, parametersAt(1))
    expect(loadedAt).toEqual([undefined])
  })

  it('answers null and lets go of the kernels of a run that ends before its first epoch', async () => {
    const runs = standInRuns()
    let disposed = 0
    const live = new LiveBoundaries(runs, async (precision) => {
      const kernels = await loadKernels(precision, { threads: 1 })
      return Object.assign(kernels, { dispose: () => disposed++ })
    })
    runs.training.set('run-1', 'f32')
    const asked = live.boundary('run-1', DATASET, 60)
    end(runs, 'run-1')
    expect(await asked).toBeNull()
    expect(await live.boundary('run-1', DATASET, 60)).toBeNull()
    await Promise.resolve()
    expect(disposed).toBe(1)
  })

  it('lets go of a run whose kernels failed to load without an unhandled rejection', async () => {
    const runs = standInRuns()
    const live = new LiveBoundaries(runs, () => Promise.reject(new Error('no WebAssembly memory')))
    const unhandled: unknown[] = []
    const listener = (reason: unknown): number => unhandled.push(reason)
    process.on('unhandledRejection', listener)
    try {
      runs.training.set('run-1', 'f32')
      report(runs, 'run-1', { epoch: 1, parameters: parametersAt(1) })
      // The drawing that asked is told why.
      await expect(live.boundary('run-1', DATASET, 60)).rejects.toThrow('no WebAssembly memory')
      // The run ends; the next request lets go of it, and so does closing.
      end(runs, 'run-1')
      expect(await live.boundary('run-1', DATASET, 60)).toBeNull()
      runs.training.set('run-2', 'f32')
      await expect(live.boundary('run-2', DATASET, 60)).rejects.toThrow('no WebAssembly memory')
      live.close()
      await new Promise((resolve) => setImmediate(resolve))
      expect(unhandled).toEqual([])
    } finally {
      process.off('unhandledRejection', listener)
    }
  })
})
