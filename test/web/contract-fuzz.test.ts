import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InvokeChannel } from '../../src/shared/ipc/contract'
import { INVOKE_CHANNELS } from '../../src/shared/ipc/channels'
import { INVOKE_SCHEMAS } from '../../src/shared/validation/ipc'
import { pathFieldsOf } from '../../src/shared/validation/lab-path'
import { completeRunConfig } from '../../src/shared/model/run-defaults'
import { OPCODE, RawSocket } from './support/raw-socket'
import { startTestHost, TOKEN, type TestHost } from './support/test-host'

/** A seeded generator (mulberry32): the same fuzz every run. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PRESET = resolve('resources/presets/textbook-2-2-2.model.json')
const ROWS = [[0.05, 0.1]]

/**
 * A valid request of every channel, the fuzz's starting points. Ids name the seeded dataset d1
 * and run r1, except where a valid call would start training (their ids are never real).
 */
const VALID: Record<InvokeChannel, unknown> = {
  'app:info': undefined,
  'app:state-get': undefined,
  'app:state-set': { view: 'data', datasetId: 'd1', network: null, training: null, runId: null },
  'app:open-dialog': { kind: 'file' },
  'app:appearance-set': { appearance: 'dark' },
  'learn:vectorization': undefined,
  'uploads:create': undefined,
  'datasets:list': undefined,
  'datasets:get': { datasetId: 'd1' },
  'datasets:import': { importId: 'fuzz', path: PRESET },
  'datasets:cancel-import': { importId: 'fuzz' },
  'datasets:sample': { name: 'xor' },
  'datasets:generate': { generator: 'circles', points: 40, noisePercent: 10, seed: 3 },
  'datasets:preview': { datasetId: 'd1', offset: 0, limit: 5 },
  'datasets:columns': { datasetId: 'd1' },
  'datasets:rename': { datasetId: 'd1', name: 'renamed' },
  'datasets:rename-classes': { datasetId: 'd1', classes: ['a', 'b'] },
  'datasets:delete': { datasetId: 'd404' },
  'datasets:unregistered': undefined,
  'datasets:restore': { folderIds: ['d404'] },
  'training:start': { datasetId: 'd404', config: { epochs: 1 } },
  'training:stop': { runId: 'r1' },
  'training:pause': { runId: 'r1' },
  'training:resume': { runId: 'r1' },
  'training:step': { runId: 'r1' },
  'training:pace': { runId: 'r1', pace: 2 },
  'training:continue': { runId: 'r404' },
  'training:boundary': { runId: 'r1', resolution: 8, epoch: 1 },
  'training:branch': { runId: 'r404', epoch: 1, changes: { learningRate: 0.01 } },
  'training:race': { datasetId: 'd404', config: {}, variants: [{}, {}] },
  'training:live': { runId: 'r1' },
  'runs:list': undefined,
  'runs:get': { runId: 'r1' },
  'runs:rename': { runId: 'r1', name: 'renamed' },
  'runs:annotate': { runId: 'r1', notes: 'n', tags: ['t'] },
  'runs:delete': { runId: 'r404' },
  'runs:export': { runId: 'r1', format: 'json' },
  'runs:report': { runId: 'r1' },
  'experiments:save': { runIds: ['r404'] },
  'experiments:open': { path: '/nowhere/x.bplab' },
  'models:open': undefined,
  'models:read': { name: 'm.json', text: readFileSync(PRESET, 'utf8') },
  'models:predict': { model: JSON.parse(readFileSync(PRESET, 'utf8')), rows: ROWS },
  'results:predict': { source: { runId: 'r1' }, table: { name: 'rows.csv', text: 'x,y\n1,2\n' } },
  'results:evaluate': { source: { runId: 'r1' }, data: { datasetId: 'd1' } },
  'inspect:layer': { runId: 'r1', layer: 1 },
  'inspect:history': { runId: 'r1' },
  'inspect:sample': { runId: 'r1', row: 0 },
  'inspect:trace': { modelPath: PRESET, inputs: ROWS, targets: [[0.01, 0.99]] },
  'inspect:gradcheck': { runId: 'r1' },
  'inspect:batch-gradients': { runId: 'r1', layer: 1 },
  'inspect:confusion': { runId: 'r1', part: 'train' },
  'inspect:confusion-cell': {
    runId: 'r1',
    part: 'train',
    actual: 0,
    predicted: 0,
    offset: 0,
    limit: 5
  },
  'inspect:diagnostics': { runId: 'r1' },
  'inspect:held-out': { runId: 'r1', limit: 10 }
}

/** Values that break schemas in every way JSON allows. */
const ODD_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  -1e308,
  2 ** 53 + 1,
  0.5,
  '',
  ' ',
  'x'.repeat(5000),
  '../../../../etc/passwd',
  '\u0000',
  '\ud800',
  '🙂',
  '__proto__',
  [],
  [null],
  Array(2000).fill(1),
  {},
  { __proto__: { polluted: true } },
  { constructor: { prototype: { polluted: true } } },
  { toString: 1 },
  [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]
]

/** Hostile paths for every path field. */
function hostilePaths(home: string, fifo: string): string[] {
  return [
    '/etc/passwd',
    '/etc/shadow',
    '/etc/hostname',
    '/proc/self/environ',
    '/dev/zero',
    '/dev/random',
    fifo,
    join(home, 'lab.sqlite'),
    join(home, 'uploads', '..', 'lab.sqlite'),
    join(home, 'uploads') + '/../../etc/passwd',
    resolve('resources/presets/../../package.json'),
    resolve('resources') + '-evil/x.json',
    '~/.ssh/id_rsa',
    'C:\\Windows\\win.ini',
    '\\\\server\\share\\x.csv',
    '%2e%2e/%2e%2e/etc/passwd',
    'file:///etc/passwd',
    '.',
    '/',
    '/etc/passwd\u0000.csv'
  ]
}

/** One random change of a request: a leaf replaced, a key dropped or added, or all of it. */
function mutate(value: unknown, next: () => number): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]
  if (value === null || typeof value !== 'object' || next() < 0.15) return pick(ODD_VALUES)
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value)
    ? [...value]
    : { ...(value as Record<string, unknown>) }
  const keys = Object.keys(copy)
  const roll = next()
  if (roll < 0.15 || keys.length === 0) {
    ;(copy as Record<string, unknown>)[pick(['extra', '__proto__', 'constructor', 'path'])] =
      pick(ODD_VALUES)
  } else if (roll < 0.3) {
    delete (copy as Record<string, unknown>)[pick(keys)]
  } else {
    const key = pick(keys)
    ;(copy as Record<string, unknown>)[key] = mutate((copy as Record<string, unknown>)[key], next)
  }
  return copy
}

interface Tally {
  messages: number
  ok: number
  refused: Record<string, number>
  internal: string[]
}

/**
 * The contract fuzz: every channel with mutated payloads, every path field with hostile paths,
 * and raw frames of every kind, all through the browser-mode WebSocket. Nothing may crash the
 * host, reply `internal` (a bug), or quote a file it should not have read.
 */
describe('contract fuzz over the WebSocket', () => {
  let context: TestHost
  let socket: RawSocket
  let fifo: string
  let nextId = 1
  const tally: Tally = { messages: 0, ok: 0, refused: {}, internal: [] }
  const frames = { sent: 0, answered: 0, closed: 0 }

  beforeAll(async () => {
    context = await startTestHost()
    const { lab } = context
    const { dataset } = await lab.imports.importPath(resolve('resources/samples/textbook.csv'), {
      targets: ['target_o1', 'target_o2']
    })
    const config = completeRunConfig({ epochs: 2, hidden: [2], split: [1] }, 1)
    await lab.training.start({ datasetId: dataset.datasetId, config, initialModel: null }).finished
    fifo = join(context.home, 'fuzz.fifo')
    execFileSync('mkfifo', [fifo])
    socket = (await RawSocket.open(context.host.port, { token: TOKEN })).socket
  }, 60_000)
  afterAll(async () => {
    socket.destroy()
    for (const runId of ['r2', 'r3', 'r4']) context.lab.training.get(runId)?.stop()
    await context.close()
    const refused = Object.entries(tally.refused)
      .map(([kind, count]) => `${count} ${kind}`)
      .join(', ')
    console.log(
      `contract fuzz: ${Object.keys(INVOKE_CHANNELS).length} channels, ${tally.messages} calls (${tally.ok} ok; refused: ${refused}; ${tally.internal.length} internal), ${frames.sent} raw frames (${frames.answered} answered with a typed error, ${frames.closed} sockets closed); the host never went down`
    )
  })

  const send = async (channel: unknown, request: unknown) => {
    const id = nextId++
    const message = (await socket.call(id, channel as string, request)) as {
      id: number
      reply: { ok: boolean; error?: { kind: string; message: string } }
    }
    expect(message.id).toBe(id)
    tally.messages++
    if (message.reply.ok) tally.ok++
    else {
      const kind = message.reply.error!.kind
      tally.refused[kind] = (tally.refused[kind] ?? 0) + 1
      if (kind === 'internal')
        tally.internal.push(`${String(channel)}: ${message.reply.error!.message}`)
    }
    return message.reply
  }

  it.each(Object.keys(INVOKE_CHANNELS) as InvokeChannel[])(
    '%s: 40 mutated payloads get typed replies, none internal',
    async (channel) => {
      const next = random(channel.length * 7919 + channel.charCodeAt(0))
      for (let round = 0; round < 40; round++) {
        const reply = await send(channel, mutate(VALID[channel], next))
        expect(['user', 'validation', 'unsupported', undefined]).toContain(reply.error?.kind)
      }
    }
  )

  it('unknown channels and malformed calls are refused', async () => {
    for (const channel of [
      null,
      42,
      '',
      'app:info ',
      'APP:INFO',
      '__proto__',
      'constructor',
      'toString',
      'x'.repeat(1000)
    ])
      expect((await send(channel, undefined)).error?.kind).toBe('validation')
  })

  it('every path field refuses every hostile path, and no reply quotes a file', async () => {
    const passwd = readFileSync('/etc/passwd', 'utf8').split('\n')[0]
    const channels = (Object.keys(INVOKE_CHANNELS) as InvokeChannel[]).filter(
      (channel) => pathFieldsOf(INVOKE_SCHEMAS[channel]).length > 0
    )
    expect(channels).toHaveLength(7)
    for (const channel of channels) {
      for (const field of pathFieldsOf(INVOKE_SCHEMAS[channel])) {
        for (const path of hostilePaths(context.home, fifo)) {
          const request = structuredClone(VALID[channel]) as Record<string, unknown>
          const [outer, inner] = field.split('.')
          if (inner) request[outer] = { ...(request[outer] as object), [inner]: path }
          else request[outer] = path
          delete request.runId
          delete request.row
          if (channel === 'inspect:sample') request.inputs = [0.05, 0.1]
          if (channel === 'inspect:gradcheck')
            Object.assign(request, { inputs: ROWS, targets: [[0, 1]] })
          const reply = await send(channel, request)
          expect(reply.ok, `${channel} ${field} ${path}`).toBe(false)
          expect(['validation', 'user']).toContain(reply.error!.kind)
          expect(JSON.stringify(reply)).not.toContain(passwd)
        }
      }
    }
  })

  it('raw frames of every kind: each answered or its socket closed, and the host goes on', async () => {
    const next = random(20261206)
    const byte = () => Math.floor(next() * 256)
    for (let round = 0; round < 300; round++) {
      const raw = (await RawSocket.open(context.host.port, { token: TOKEN })).socket
      for (let frame = 0; frame < 3 && !raw.closed; frame++) {
        const length = Math.floor(next() * 40)
        const payload = Buffer.from(Array.from({ length }, byte))
        const kind = next()
        raw.send({
          opcode: kind < 0.5 ? OPCODE.text : Math.floor(next() * 16),
          payload:
            kind < 0.25
              ? Buffer.from(JSON.stringify(mutate({ id: 1, channel: 'app:info' }, next)))
              : payload,
          rsv: next() < 0.1 ? Math.floor(next() * 8) : 0,
          masked: next() > 0.05,
          fin: next() > 0.1
        })
        frames.sent++
      }
      // Whatever came back is typed JSON or a close; nothing else.
      for (;;) {
        const reply = await raw.next(300).catch(() => null)
        if (!reply) break
        if (reply.opcode === OPCODE.text) {
          const message = JSON.parse(reply.payload.toString('utf8')) as { reply?: { ok: boolean } }
          expect(message.reply).toBeDefined()
          if (!message.reply!.ok) frames.answered++
        } else if (reply.opcode === OPCODE.close) {
          frames.closed++
          break
        }
      }
      raw.destroy()
      if (round % 50 === 49) expect((await send('app:info', undefined)).ok).toBe(true)
    }
    expect((await send('app:info', undefined)).ok).toBe(true)
  }, 120_000)

  it('no call got an internal error', () => {
    expect(tally.internal).toEqual([])
  })
})
