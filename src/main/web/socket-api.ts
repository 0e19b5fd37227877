import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'
import type { EventChannel, LabEvents } from '../../shared/ipc/contract'
import { limitOf, overLimit } from '../../shared/limits'
import { dispatch } from '../ipc/dispatch'
import type { Caller, InvokeHandlers } from '../ipc/handler-types'

/** A reply without a call to match (the message could not be read): `id` is null. */
function refusal(message: string): string {
  return JSON.stringify({ id: null, reply: { ok: false, error: { kind: 'validation', message } } })
}

/** What ws reports when a frame breaks the protocol or the size limit. */
type FrameError = Error & { code?: string }

/**
 * The contract over WebSockets: one JSON message `{id, channel, request}` per call, answered with
 * `{id, reply}`; events go to every socket as `{event, payload}`. Nothing one socket sends can
 * take the host down: a message that is not a call gets a typed `validation` reply, a malformed
 * frame or one over the size limit gets one too before that socket (and only it) is closed.
 */
export class SocketApi {
  private readonly sockets = new Set<WebSocket>()
  private readonly server: WebSocketServer

  constructor(
    private readonly handlers: InvokeHandlers,
    private readonly caller: Caller
  ) {
    this.server = new WebSocketServer({
      noServer: true,
      maxPayload: limitOf('socketMessageBytes'),
      perMessageDeflate: false
    })
  }

  /** Takes over an upgrade request the host has already checked (token, origin, path). */
  accept(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (webSocket) => {
      this.sockets.add(webSocket)
      onFrameError(webSocket, (error) => this.refuseFrame(webSocket, error))
      // ws closes the socket itself after an error; the listener keeps it from being thrown.
      webSocket.on('error', () => undefined)
      webSocket.on('close', () => this.sockets.delete(webSocket))
      webSocket.on('message', (data, isBinary) => void this.answer(webSocket, data, isBinary))
    })
  }

  /** Sends an event to every open socket. */
  emit<E extends EventChannel>(event: E, payload: LabEvents[E]): void {
    const message = JSON.stringify({ event, payload })
    for (const socket of this.sockets) send(socket, message)
  }

  close(): void {
    for (const socket of this.sockets) socket.terminate()
    this.server.close()
  }

  private refuseFrame(webSocket: WebSocket, error: FrameError): void {
    const message =
      error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH'
        ? `the message is ${overLimit('socketMessageBytes', 'open big model files with the command line or the desktop app')}; this connection is closed`
        : `a malformed WebSocket frame (${error.message}); this connection is closed`
    send(webSocket, refusal(message))
  }

  /** Answers one message; never throws (a failure becomes a typed reply, or nothing on a closed socket). */
  private async answer(webSocket: WebSocket, data: RawData, isBinary: boolean): Promise<void> {
    const call = isBinary ? null : parseCall(data.toString())
    if (typeof call === 'string') {
      send(webSocket, refusal(call))
      return
    }
    if (call === null) {
      send(webSocket, refusal('messages must be JSON text'))
      return
    }
    const reply = await dispatch(this.handlers, call.channel, call.request, this.caller)
    let text: string
    try {
      text = JSON.stringify({ id: call.id, reply })
    } catch (error) {
      const message = `the reply could not be sent: ${(error as Error).message}`
      text = JSON.stringify({
        id: call.id,
        reply: { ok: false, error: { kind: 'internal', message } }
      })
    }
    send(webSocket, text)
  }
}

/** A call read from a message, or why it is not one. */
function parseCall(
  text: string
): { id: number | string | null; channel: unknown; request: unknown } | string | null {
  let message: unknown
  try {
    message = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message))
    return 'a message must be a JSON object {"id", "channel", "request"}'
  const { id, channel, request } = message as Record<string, unknown>
  const validId =
    (typeof id === 'number' && Number.isFinite(id)) || (typeof id === 'string' && id.length <= 64)
  return { id: validId ? (id as number | string) : null, channel, request }
}

/** Sends when the socket is open; a socket closing meanwhile just misses the message. */
function send(webSocket: WebSocket, text: string): void {
  if (webSocket.readyState === webSocket.OPEN) webSocket.send(text, () => undefined)
}

/**
 * Calls `listener` when a frame breaks the protocol or the size limit, while the socket can still
 * send: ws's own 'error' event comes after it has started closing. The frame parser (ws's
 * `_receiver`, stable through ws 8) reports first, so a listener put before ws's sees it open.
 */
function onFrameError(webSocket: WebSocket, listener: (error: FrameError) => void): void {
  const receiver = (webSocket as unknown as { _receiver?: NodeJS.EventEmitter })._receiver
  receiver?.prependListener('error', listener)
}
