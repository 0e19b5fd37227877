import { randomBytes } from 'node:crypto'
import { connect, type Socket } from 'node:net'

/**
 * A WebSocket client written from RFC 6455 by hand (no library), so tests can send frames no
 * well-behaved client would: unmasked, reserved opcodes or bits, invalid UTF-8, bad close codes,
 * lengths over the host's limit.
 */

/** A frame as the test writes it. */
export interface RawFrame {
  opcode: number
  payload?: Buffer | string
  fin?: boolean
  /** RSV1..3 as bits 0b100, 0b010, 0b001. */
  rsv?: number
  /** Clients must mask; false sends the payload in the clear. */
  masked?: boolean
  /** A length to announce instead of the payload's (the payload is still what is sent). */
  announcedLength?: number
}

/** A frame the host sent. */
export interface ServerFrame {
  opcode: number
  payload: Buffer
}

export const OPCODE = { continuation: 0, text: 1, binary: 2, close: 8, ping: 9, pong: 10 }

/** The bytes of one frame. */
export function encodeFrame(frame: RawFrame): Buffer {
  const payload = Buffer.isBuffer(frame.payload)
    ? frame.payload
    : Buffer.from(frame.payload ?? '', 'utf8')
  const length = frame.announcedLength ?? payload.length
  const masked = frame.masked ?? true
  const head = [((frame.fin ?? true) ? 0x80 : 0) | ((frame.rsv ?? 0) << 4) | frame.opcode]
  const maskBit = masked ? 0x80 : 0
  let extended = Buffer.alloc(0)
  if (length < 126) head.push(maskBit | length)
  else if (length < 65536) {
    head.push(maskBit | 126)
    extended = Buffer.alloc(2)
    extended.writeUInt16BE(length)
  } else {
    head.push(maskBit | 127)
    extended = Buffer.alloc(8)
    extended.writeBigUInt64BE(BigInt(length))
  }
  if (!masked) return Buffer.concat([Buffer.from(head), extended, payload])
  const mask = randomBytes(4)
  const body = Buffer.from(payload)
  for (let i = 0; i < body.length; i++) body[i] ^= mask[i % 4]
  return Buffer.concat([Buffer.from(head), extended, mask, body])
}

/** A connection to the host's /ws, opened by hand. */
export class RawSocket {
  private buffer = Buffer.alloc(0)
  private readonly frames: ServerFrame[] = []
  private waiting: (() => void) | null = null
  closed = false

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk])
      this.parse()
    })
    socket.on('close', () => {
      this.closed = true
      this.waiting?.()
    })
    socket.on('error', () => undefined)
  }

  /**
   * Opens the socket with the HTTP upgrade; resolves with the socket and the status line (a
   * refused upgrade resolves too, with a closed socket).
   */
  static async open(
    port: number,
    options: { token?: string; origin?: string | null; cookie?: string } = {}
  ): Promise<{ socket: RawSocket; status: number }> {
    const socket = connect(port, '127.0.0.1')
    await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject))
    const headers = [
      `GET /ws${options.token ? `?token=${options.token}` : ''} HTTP/1.1`,
      `Host: 127.0.0.1:${port}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13'
    ]
    const origin = options.origin === undefined ? `http://127.0.0.1:${port}` : options.origin
    if (origin !== null) headers.push(`Origin: ${origin}`)
    if (options.cookie) headers.push(`Cookie: ${options.cookie}`)
    socket.write(`${headers.join('\r\n')}\r\n\r\n`)
    const response = await new Promise<Buffer>((resolve) => {
      let received = Buffer.alloc(0)
      const onData = (chunk: Buffer) => {
        received = Buffer.concat([received, chunk])
        const end = received.indexOf('\r\n\r\n')
        if (end < 0) return
        socket.off('data', onData)
        socket.off('close', onClose)
        socket.pause()
        const rest = received.subarray(end + 4)
        if (rest.length > 0) socket.unshift(rest)
        resolve(received.subarray(0, end))
      }
      const onClose = () => resolve(received)
      socket.on('data', onData)
      socket.once('close', onClose)
    })
    const status = Number(/^HTTP\/1\.1 (\d+)/.exec(response.toString('latin1'))?.[1] ?? 0)
    const raw = new RawSocket(socket)
    socket.resume()
    if (status !== 101) socket.destroy()
    return { socket: raw, status }
  }

  send(frame: RawFrame): void {
    this.socket.write(encodeFrame(frame))
  }

  /** Writes bytes as they are (for frames cut in pieces). */
  write(bytes: Buffer): void {
    this.socket.write(bytes)
  }

  sendText(text: string): void {
    this.send({ opcode: OPCODE.text, payload: text })
  }

  /** The next frame the host sends, or null once the connection has closed. */
  async next(timeoutMs = 10_000): Promise<ServerFrame | null> {
    const deadline = Date.now() + timeoutMs
    while (this.frames.length === 0 && !this.closed) {
      if (Date.now() > deadline) throw new Error('no frame from the host in time')
      await new Promise<void>((resolve) => {
        this.waiting = resolve
        setTimeout(resolve, 50)
      })
      this.waiting = null
    }
    return this.frames.shift() ?? null
  }

  /** The next text frame parsed as JSON (skipping pings), or null once closed. */
  async nextJson(timeoutMs?: number): Promise<Record<string, unknown> | null> {
    for (;;) {
      const frame = await this.next(timeoutMs)
      if (!frame) return null
      if (frame.opcode === OPCODE.text) return JSON.parse(frame.payload.toString('utf8'))
      if (frame.opcode === OPCODE.close) {
        this.frames.unshift(frame)
        return null
      }
    }
  }

  /** A call as the page makes it, and its reply (events sent meanwhile are passed over). */
  async call(id: number, channel: string, request?: unknown): Promise<Record<string, unknown>> {
    this.sendText(JSON.stringify({ id, channel, request }))
    for (;;) {
      const message = await this.nextJson()
      if (!message) throw new Error(`the host closed the socket instead of answering ${channel}`)
      if (!('event' in message)) return message
    }
  }

  /** The close code of the host's close frame, waiting for it (null: closed without one). */
  async closeCode(timeoutMs?: number): Promise<number | null> {
    for (;;) {
      const frame = await this.next(timeoutMs)
      if (!frame) return null
      if (frame.opcode === OPCODE.close)
        return frame.payload.length >= 2 ? frame.payload.readUInt16BE(0) : 1005
    }
  }

  destroy(): void {
    this.socket.destroy()
  }

  /** Server frames are never masked. */
  private parse(): void {
    for (;;) {
      if (this.buffer.length < 2) return
      const opcode = this.buffer[0] & 0x0f
      let length = this.buffer[1] & 0x7f
      let offset = 2
      if (length === 126) {
        if (this.buffer.length < 4) return
        length = this.buffer.readUInt16BE(2)
        offset = 4
      } else if (length === 127) {
        if (this.buffer.length < 10) return
        length = Number(this.buffer.readBigUInt64BE(2))
        offset = 10
      }
      if (this.buffer.length < offset + length) return
      this.frames.push({ opcode, payload: this.buffer.subarray(offset, offset + length) })
      this.buffer = this.buffer.subarray(offset + length)
      this.waiting?.()
    }
  }
}
