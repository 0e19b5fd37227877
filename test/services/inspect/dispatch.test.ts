import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INVOKE_CHANNELS } from '../../../src/shared/ipc/channels'
import {
  browserCalls,
  openInspectLab,
  type BrowserCall,
  type InspectLab
} from './support/inspect-lab'

const resourcesDir = fileURLToPath(new URL('../../../resources', import.meta.url))
const presetPath = `${resourcesDir}/presets/textbook-2-2-2.model.json`

/** Each Inspect channel with a payload main must refuse, and the start of the reply's message. */
const BAD_PAYLOADS: [channel: string, payload: unknown, message: string | RegExp][] = [
  ['inspect:layer', { runId: 'r1', layer: 0 }, 'inspect:layer: layer: must be at least 1, got 0'],
  ['inspect:layer', { layer: 1 }, 'inspect:layer: runId: is required (expected a string)'],
  [
    'inspect:history',
    { runId: 'r1', sinceEpoch: -1 },
    'inspect:history: sinceEpoch: must be at least 0, got -1'
  ],
  ['inspect:sample', { runId: 'r1' }, 'inspect:sample: row: is required (or give inputs)'],
  [
    'inspect:sample',
    { inputs: [1, 2] },
    'inspect:sample: runId: is required (or give model or modelPath)'
  ],
  [
    'inspect:sample',
    { modelPath: presetPath, row: 0 },
    'inspect:sample: row: a dataset row needs a runId'
  ],
  [
    'inspect:trace',
    { modelPath: presetPath, inputs: [[0.05, 0.1]] },
    /^inspect:trace: targets: is required with inputs/
  ],
  [
    'inspect:trace',
    { modelPath: presetPath },
    'inspect:trace: rows: is required (or give inputs and targets)'
  ],
  [
    'inspect:trace',
    { runId: 'r1', modelPath: presetPath, rows: [0] },
    'inspect:trace: modelPath: give only one of runId, model and modelPath'
  ],
  [
    'inspect:trace',
    {
      model: {
        format: 'backprop-lab/model',
        formatVersion: 1,
        inputSize: 2,
        layers: [{ units: 0, activation: 'sigmoid' }],
        loss: 'half-squared-error'
      },
      inputs: [[1, 2]],
      targets: [[1]]
    },
    /^inspect:trace: model: layers\[0\]\.units: /
  ],
  [
    'inspect:trace',
    { runId: 'r1', rows: [0], learningRate: -1 },
    'inspect:trace: learningRate: must be greater than 0, got -1'
  ],
  [
    'inspect:gradcheck',
    { runId: 'r1', count: 100 },
    'inspect:gradcheck: count: must be at most 32, got 100'
  ],
  [
    'inspect:gradcheck',
    { modelPath: presetPath },
    'inspect:gradcheck: rows: is required (or give inputs and targets)'
  ],
  [
    'inspect:gradcheck',
    { runId: 'r1', precision: 'f16' },
    /^inspect:gradcheck: precision: expected one of "f64", "model"/
  ],
  [
    'inspect:batch-gradients',
    { runId: 'r1', layer: 1, rows: [-1] },
    'inspect:batch-gradients: rows[0]: must be at least 0, got -1'
  ],
  [
    'inspect:confusion',
    { runId: 'r1', part: 'all' },
    'inspect:confusion: part: expected one of "train", "validation", "test", got "all"'
  ],
  [
    'inspect:confusion-cell',
    { runId: 'r1', part: 'test', actual: 0, predicted: 0, offset: 0 },
    'inspect:confusion-cell: limit: is required (expected a number)'
  ],
  ['inspect:diagnostics', {}, 'inspect:diagnostics: runId: is required (expected a string)'],
  ['inspect:diagnostics', { runId: 'r1', probe: 5 }, /^inspect:diagnostics: .*probe/],
  [
    'inspect:held-out',
    { runId: 'r1', limit: 0 },
    'inspect:held-out: limit: must be at least 1, got 0'
  ]
]

describe('the Inspect calls through dispatch', () => {
  let context: InspectLab
  let call: BrowserCall

  beforeAll(() => {
    context = openInspectLab()
    call = browserCalls(context.lab, resourcesDir)
  })
  afterAll(() => context.close())

  it.each(BAD_PAYLOADS)(
    '%s refuses %j with a validation reply naming the field',
    async (channel, payload, message) => {
      const reply = await call(channel, payload)
      expect(reply.ok).toBe(false)
      if (reply.ok) return
      expect(reply.error.kind).toBe('validation')
      if (typeof message === 'string') expect(reply.error.message).toBe(message)
      else expect(reply.error.message).toMatch(message)
    }
  )

  it('every Inspect channel is covered above', () => {
    const channels = Object.keys(INVOKE_CHANNELS).filter((channel) =>
      channel.startsWith('inspect:')
    )
    expect(new Set(BAD_PAYLOADS.map(([channel]) => channel))).toEqual(new Set(channels))
    expect(channels).toHaveLength(10)
  })

  it('a good payload gets its value: the textbook preset traced by path', async () => {
    const reply = await call('inspect:trace', {
      modelPath: presetPath,
      inputs: [[0.05, 0.1]],
      targets: [[0.01, 0.99]]
    })
    expect(reply.ok).toBe(true)
    if (!reply.ok) return
    expect((reply.value as { loss: number }).loss.toPrecision(9)).toBe('0.298371109')
  })

  it('an unknown run is a user error, not a crash', async () => {
    const reply = await call('inspect:layer', { runId: 'r404', layer: 1 })
    expect(reply).toEqual({
      ok: false,
      error: {
        kind: 'user',
        message: 'no run with id r404',
        detail: { code: 'run.notFound', params: { runId: 'r404', seeRuns: false } }
      }
    })
  })
})
