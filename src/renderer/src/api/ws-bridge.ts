import type { EventChannel, InvokeChannel, InvokeReply, LabEvents } from '@shared/ipc/contract'
import { limitOf, overLimit } from '@shared/limits'

type Pending = (reply: InvokeReply<InvokeChannel>) => void
type Refusal = Extract<InvokeReply<InvokeChannel>, { ok: false }>

/** A call too big for one message, refused here rather than by the host (which would close the socket). */
function tooBig(text: string): Refusal | null {
  const limit = limitOf('socketMessageBytes')
  if (text.length * 3 <= limit || new Blob([text]).size <= limit) return null
  const advice = 'open big model files with the command line or the desktop app'
  return {
    ok: false,
    error: { kind: 'validation', message: `the call is ${overLimit('socketMessageBytes', advice)}` }
  }
}

/**
 * Browser mode's transport: the same calls and events as the Electron bridge, over one
 * WebSocket to the lab's loopback host (its token travels in an HttpOnly cookie). Calls made while
 * the socket connects wait for it.
 */
export class WebSocketBridge {
  private socket: WebSocket
  private readonly ready: Promise<void>
  private nextId = 1
  private readonly pending = new Map<number, Pending>()
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>()
  /** The host's last refusal of something it could not match to a call (a bad frame), if any. */
  private refusal: Refusal | null = null

  constructor(url: string) {
    this.socket = new WebSocket(url)
    this.ready = new Promise((resolve, reject) => {
      this.socket.addEventListener('open', () => resolve(), { once: true })
      this.socket.addEventListener(
        'error',
        () => reject(new Error('cannot reach the lab: is `backprop-lab serve` still running?')),
        { once: true }
      )
    })
    this.socket.addEventListener('message', (message) => this.receive(String(message.data)))
    this.socket.addEventListener('close', () => {
      for (const resolve of this.pending.values()) {
        resolve(
          this.refusal ?? {
            ok: false,
            error: { kind: 'internal', message: 'the connection to the lab closed' }
          }
        )
      }
      this.pending.clear()
    })
  }

  async invoke(channel: InvokeChannel, request?: unknown): Promise<InvokeReply<InvokeChannel>> {
    await this.ready
    const id = this.nextId++
    const text = JSON.stringify({ id, channel, request })
    const refused = tooBig(text)
    if (refused) return refused
    return new Promise((resolve) => {
      this.pending.set(id, resolve)
      this.socket.send(text)
    })
  }

  on<E extends EventChannel>(event: E, listener: (payload: LabEvents[E]) => void): () => void {
    const set = this.listeners.get(event) ?? new Set()
    set.add(listener as (payload: unknown) => void)
    this.listeners.set(event, set)
    return () => set.delete(listener as (payload: unknown) => void)
  }

  private receive(text: string): void {
    const message = JSON.parse(text) as {
      id?: number | null
      reply?: InvokeReply<InvokeChannel>
      event?: string
      payload?: unknown
    }
    if (message.event) {
      for (const listener of this.listeners.get(message.event) ?? []) listener(message.payload)
      return
    }
    if (message.id === null && message.reply && !message.reply.ok) this.refusal = message.reply
    if (typeof message.id === 'number' && message.reply) {
      this.pending.get(message.id)?.(message.reply)
      this.pending.delete(message.id)
    }
  }
}
