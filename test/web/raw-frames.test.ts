import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { overrideLimit } from '../../src/shared/limits'
import { OPCODE, RawSocket, type RawFrame } from './support/raw-socket'
import { startTestHost, TOKEN, type TestHost } from './support/test-host'

/** A socket that has passed the upgrade. */
async function openSocket(port: number): Promise<RawSocket> {
  const { socket, status } = await RawSocket.open(port, { token: TOKEN })
  expect(status).toBe(101)
  return socket
}

/** The host still answers: a call on a socket opened before, and one opened after. */
async function expectServing(port: number, bystander: RawSocket): Promise<void> {
  const reply = await bystander.call(7, 'app:info')
  expect(reply).toMatchObject({ id: 7, reply: { ok: true, value: { mode: 'browser' } } })
  const fresh = await openSocket(port)
  expect(await fresh.call(8, 'datasets:list')).toEqual({ id: 8, reply: { ok: true, value: [] } })
  fresh.destroy()
}

/** A model file of `inputs` × `units` weights written out (about 12 bytes a weight). */
function bigModelText(inputs: number, units: number): string {
  const row = (j: number) =>
    `[${Array.from({ length: inputs }, (_, k) => (Math.sin(j * inputs + k) * 0.1).toFixed(8)).join(',')}]`
  const weights = Array.from({ length: units }, (_, j) => row(j)).join(',')
  return `{"format":"backprop-lab/model","formatVersion":1,"inputSize":${inputs},"layers":[{"units":${units},"activation":"sigmoid","weights":[${weights}],"biases":[${Array(units).fill(0).join(',')}]}],"loss":"half-squared-error"}`
}

describe('browser mode: one WebSocket frame never takes the host down', () => {
  let context: TestHost
  let port: number
  let bystander: RawSocket

  beforeAll(async () => {
    context = await startTestHost()
    port = context.host.port
    bystander = await openSocket(port)
  })
  afterAll(async () => {
    bystander.destroy()
    await context.close()
  })

  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['a list', '[1,2]'],
    ['a string', '"datasets:list"'],
    ['an object without a channel', '{"id":1}'],
    ['not JSON', '{"id":'],
    ['an unknown channel', '{"id":2,"channel":"fs:read","request":{"path":"/etc/passwd"}}']
  ])('a text frame holding %s gets a typed error and the socket stays open', async (_, text) => {
    const socket = await openSocket(port)
    socket.sendText(text)
    const reply = (await socket.nextJson()) as { reply: { ok: boolean; error: { kind: string } } }
    expect(reply.reply.ok).toBe(false)
    expect(reply.reply.error.kind).toBe('validation')
    expect(await socket.call(3, 'app:info')).toMatchObject({ id: 3, reply: { ok: true } })
    socket.destroy()
  })

  it('a binary frame gets a typed error and the socket stays open', async () => {
    const socket = await openSocket(port)
    socket.send({ opcode: OPCODE.binary, payload: Buffer.from([0, 1, 2]) })
    expect(await socket.nextJson()).toEqual({
      id: null,
      reply: { ok: false, error: { kind: 'validation', message: 'messages must be JSON text' } }
    })
    expect(await socket.call(4, 'app:info')).toMatchObject({ id: 4, reply: { ok: true } })
    socket.destroy()
  })

  const malformed: [string, RawFrame, number][] = [
    ['an unmasked frame', { opcode: OPCODE.text, payload: 'null', masked: false }, 1002],
    ['invalid UTF-8', { opcode: OPCODE.text, payload: Buffer.from([0x7b, 0xc3, 0x28]) }, 1007],
    ['a reserved opcode', { opcode: 0x3, payload: 'x' }, 1002],
    ['a reserved control opcode', { opcode: 0xb, payload: 'x' }, 1002],
    ['RSV1 without an extension', { opcode: OPCODE.text, payload: '{}', rsv: 0b100 }, 1002],
    ['RSV3', { opcode: OPCODE.text, payload: '{}', rsv: 0b001 }, 1002],
    ['a continuation with nothing to continue', { opcode: OPCODE.continuation }, 1002],
    ['a fragmented ping', { opcode: OPCODE.ping, fin: false }, 1002],
    ['a close code 999', { opcode: OPCODE.close, payload: Buffer.from([0x03, 0xe7]) }, 1002],
    ['a close code 1005', { opcode: OPCODE.close, payload: Buffer.from([0x03, 0xed]) }, 1002],
    ['a one-byte close body', { opcode: OPCODE.close, payload: Buffer.from([0x03]) }, 1002],
    [
      'a close reason in invalid UTF-8',
      { opcode: OPCODE.close, payload: Buffer.from([0x03, 0xe8, 0xff]) },
      1007
    ]
  ]
  it.each(malformed)(
    '%s closes that socket only, with a typed error first',
    async (_, frame, code) => {
      const socket = await openSocket(port)
      socket.send(frame)
      const refusal = (await socket.nextJson()) as {
        id: null
        reply: { ok: false; error: { kind: string; message: string } }
      }
      expect(refusal.id).toBeNull()
      expect(refusal.reply.error.kind).toBe('validation')
      expect(refusal.reply.error.message).toMatch(
        /^a malformed WebSocket frame \(.+\); this connection is closed$/
      )
      expect(await socket.closeCode()).toBe(code)
      socket.destroy()
      await expectServing(port, bystander)
    }
  )

  it('a frame cut off by a dropped connection leaves the host serving', async () => {
    const socket = await openSocket(port)
    socket.write(Buffer.from([0x81, 0xfe, 0x10, 0x00, 1, 2, 3, 4, 9, 9]))
    socket.destroy()
    await expectServing(port, bystander)
  })

  it('an 18 MB model file opens through models:read (the old 16 MiB limit killed the host)', async () => {
    const text = bigModelText(1600, 1000)
    expect(text.length).toBeGreaterThan(18_000_000)
    const socket = await openSocket(port)
    const reply = (await socket.call(5, 'models:read', { name: 'big.model.json', text })) as {
      reply: { ok: boolean; value?: { model: { inputSize: number } } }
    }
    expect(reply.reply.ok).toBe(true)
    expect(reply.reply.value?.model.inputSize).toBe(1600)
    socket.destroy()
  })

  describe('a message over the size limit', () => {
    afterEach(() => overrideLimit('socketMessageBytes', null))

    it('is answered with a typed error on that socket, which closes; others go on', async () => {
      overrideLimit('socketMessageBytes', 64 * 1024)
      const small = await startTestHost()
      try {
        const other = await openSocket(small.host.port)
        const socket = await openSocket(small.host.port)
        // The header announces 1 MiB; the host refuses before the body arrives.
        socket.send({ opcode: OPCODE.text, payload: '{"id":1', announcedLength: 1024 * 1024 })
        const refusal = (await socket.nextJson()) as {
          reply: { ok: false; error: { kind: string; message: string } }
        }
        expect(refusal.reply.error).toEqual({
          kind: 'validation',
          message:
            "the message is over the lab's limit of 64 KiB per message (open big model files with the command line or the desktop app); this connection is closed"
        })
        expect(await socket.closeCode()).toBe(1009)
        socket.destroy()
        await expectServing(small.host.port, other)
        other.destroy()
      } finally {
        await small.close()
      }
    })

    it('counts every fragment of a message', async () => {
      overrideLimit('socketMessageBytes', 64 * 1024)
      const small = await startTestHost()
      try {
        const socket = await openSocket(small.host.port)
        const piece = Buffer.alloc(40 * 1024, 0x20)
        socket.send({ opcode: OPCODE.text, payload: piece, fin: false })
        socket.send({ opcode: OPCODE.continuation, payload: piece, fin: false })
        const refusal = (await socket.nextJson()) as { reply: { error: { message: string } } }
        expect(refusal.reply.error.message).toMatch(/^the message is over the lab's limit/)
        expect(await socket.closeCode()).toBe(1009)
        socket.destroy()
      } finally {
        await small.close()
      }
    })
  })
})
