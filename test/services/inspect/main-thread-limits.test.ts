import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  browserCalls,
  openInspectLab,
  type BrowserCall,
  type InspectLab
} from './support/inspect-lab'

/** A model file without weights (initialized from its seed): small to send, big to check. */
function modelOf(inputSize: number, units: number[]) {
  return {
    format: 'backprop-lab/model',
    formatVersion: 1,
    inputSize,
    layers: units.map((count, index) => ({
      units: count,
      activation: index === units.length - 1 ? 'linear' : 'tanh'
    })),
    loss: 'half-squared-error',
    seed: 1
  }
}

/**
 * A gradient check runs on main's thread: one that would take minutes (20,000 one-unit layers
 * once froze the server for more than 100 s, deaf to SIGTERM) is refused before it starts.
 */
describe("work on main's thread is bounded", () => {
  let context: InspectLab
  let call: BrowserCall

  beforeAll(() => {
    context = openInspectLab()
    call = browserCalls(context.lab)
  })
  afterAll(() => context.close())

  const check = (model: unknown, rows: number, inputs: number, outputs: number) =>
    call('inspect:gradcheck', {
      model,
      inputs: Array.from({ length: rows }, () => Array(inputs).fill(0.5)),
      targets: Array.from({ length: rows }, () => Array(outputs).fill(0))
    })

  it('20,000 one-unit layers are refused by the layer limit', async () => {
    const reply = await check(modelOf(1, Array(20_000).fill(1)), 1, 1, 1)
    expect(reply).toEqual({
      ok: false,
      error: {
        kind: 'validation',
        message:
          "inspect:gradcheck: model: layers: 20000 layers is over the lab's limit of 1,000 layers per model (a fixed limit)"
      }
    })
  })

  it('a check whose passes would cost too much is refused before it starts', async () => {
    const reply = await check(modelOf(100, [...Array(999).fill(100), 1]), 32, 100, 1)
    expect(reply.ok).toBe(false)
    if (reply.ok) return
    expect(reply.error.kind).toBe('user')
    expect(reply.error.message).toMatch(
      /^this gradient check \(95969 parameters, 1000 layers, 32 rows\) would take about [\d.]+e\+\d+ multiply-adds, over the lab's limit of 1,000,000,000 multiply-adds per call \(check fewer rows, or use the command line's gradcheck\)$/
    )
  })

  it('a 784-128-64-10 network on the 8 rows the Inspect screen takes is still checked', async () => {
    const reply = await check(modelOf(784, [128, 64, 10]), 8, 784, 10)
    expect(reply.ok || reply.error.message).toBe(true)
  })

  it('models:predict of many rows on a big model is refused before it starts', async () => {
    const model = modelOf(4000, [300, 1])
    const reply = await call('models:predict', {
      model,
      rows: Array.from({ length: 1000 }, () => Array(4000).fill(0))
    })
    expect(reply.ok || reply.error.message).toBe(
      "predicting 1000 rows would take about 1.2e+9 multiply-adds, over the lab's limit of 1,000,000,000 multiply-adds per call (predict fewer rows at once, or use the command line's predict)"
    )
  })

  it('inspect:trace of 64 rows on a big model is refused before it starts', async () => {
    const reply = await check(modelOf(10_000, [1000, 1]), 1, 10_000, 1)
    expect(reply.ok || reply.error.message).toMatch(/^this gradient check/)
    const traced = await call('inspect:trace', {
      model: modelOf(10_000, [1000, 1]),
      inputs: Array.from({ length: 64 }, () => Array(10_000).fill(0.5)),
      targets: Array.from({ length: 64 }, () => [0])
    })
    expect(traced.ok || traced.error.message).toMatch(
      /^tracing 64 rows would take about 1\.9e\+9 multiply-adds, over the lab's limit/
    )
  })

  it('training:start refuses a network over the parameter limit', async () => {
    const { dataset } = await context.lab.imports.importPath('/work/shared/datasets/iris/iris.csv')
    const reply = await call('training:start', {
      datasetId: dataset.datasetId,
      config: { hidden: [100_000, 100_000], epochs: 1 }
    })
    expect(reply.ok || reply.error.message).toMatch(
      /^the network \S+ has 100\d+ weights and biases, over the lab's limit of 20,000,000 parameters per model \(choose fewer or smaller hidden layers, or set BACKPROP_LAB_MAX_MODEL_PARAMETERS\)$/
    )
  })
})
