import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createWriteStream, mkdirSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { WebSocketServer, type WebSocket } from 'ws'
import type { EventChannel, LabEvents } from '../../shared/ipc/contract'
import { dispatch } from '../ipc/dispatch'
import { createHandlers } from '../ipc/handlers'
import type { Lab } from '../lab'
import { serveExportZip } from './export-download'
import { serveStatic } from './static-files'
import { removeStaleFolders } from './stale-folders'
import { UploadFolders } from './uploads'

/** Name of the cookie that carries the access token after the first page load. */
const TOKEN_COOKIE = 'backprop_lab_token'
/** The largest single uploaded file accepted (bytes). */
const MAX_UPLOAD_BYTES = 512 * 1024 * 1024

/** What browser mode needs to run. */
export interface WebHostOptions {
  lab: Lab
  /** The built renderer (`out/renderer`). */
  rendererDir: string
  resourcesDir: string
  version: string
  /** 0 picks a free port. */
  port?: number
  /** A fixed token (tests); otherwise a random one per launch. */
  token?: string
}

/** A running browser-mode host. */
export interface WebHost {
  /** The address to open, with the access token. */
  url: string
  port: number
  token: string
  close(): Promise<void>
}

/**
 * Browser mode: serves the built renderer and carries the same LabApi over a WebSocket, on
 * 127.0.0.1 only. Every request must carry the per-launch token (in the URL the first time, then
 * in an HttpOnly cookie); dropped files are uploaded with PUT /upload/ID/relative/path, and
 * exports are downloaded as zips from GET /download/ID.zip.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const uploadsRoot = join(options.lab.home.root, 'uploads')
  removeStaleFolders(uploadsRoot)
  removeStaleFolders(join(options.lab.home.root, 'exports'))
  const uploads = new UploadFolders(uploadsRoot)
  const sockets = new Set<WebSocket>()
  const emit = <E extends EventChannel>(event: E, payload: LabEvents[E]) => {
    const message = JSON.stringify({ event, payload })
    for (const socket of sockets) socket.send(message)
  }
  const handlers = createHandlers({
    lab: options.lab,
    emit,
    mode: 'browser',
    version: options.version,
    resourcesDir: options.resourcesDir,
    createUpload: () => uploads.create()
  })

  const server = createServer((request, response) => {
    void handleHttp(request, response).catch((error: Error) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' })
      response.end(error.message)
    })
  })
  const handleHttp = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const fromQuery = url.searchParams.get('token')
    if (!hasToken(request, token, fromQuery)) {
      response
        .writeHead(403, { 'content-type': 'text/plain' })
        .end('Backprop Lab: open the address with its ?token=… printed when the lab started')
      return
    }
    if (fromQuery)
      response.setHeader(
        'set-cookie',
        `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`
      )
    if (request.method === 'PUT' && url.pathname.startsWith('/upload/'))
      return receiveUpload(request, response, url.pathname)
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end()
      return
    }
    if (url.pathname.startsWith('/download/'))
      return serveExportZip(options.lab.home.root, url.pathname, response)
    serveStatic(options.rendererDir, url.pathname, response)
  }
  const receiveUpload = async (
    request: IncomingMessage,
    response: ServerResponse,
    pathname: string
  ) => {
    const [, , uploadId, ...rest] = pathname.split('/')
    const target = uploads.target(uploadId, decodeURIComponent(rest.join('/')))
    if (!target) {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('bad upload path')
      return
    }
    if (Number(request.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES) {
      response.writeHead(413, { 'content-type': 'text/plain' }).end('file too large')
      return
    }
    mkdirSync(dirname(target), { recursive: true })
    await pipeline(request, createWriteStream(target))
    response.writeHead(204).end()
  }

  const sockets$ = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 })
  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    if (url.pathname !== '/ws' || !hasToken(request, token, url.searchParams.get('token'))) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    sockets$.handleUpgrade(request, socket, head, (webSocket) => {
      sockets.add(webSocket)
      webSocket.on('close', () => sockets.delete(webSocket))
      webSocket.on('message', (data) => void answer(webSocket, data.toString()))
    })
  })
  const answer = async (webSocket: WebSocket, text: string) => {
    let message: { id?: unknown; channel?: unknown; request?: unknown }
    try {
      message = JSON.parse(text)
    } catch {
      webSocket.send(
        JSON.stringify({
          id: null,
          reply: { ok: false, error: { kind: 'validation', message: 'messages must be JSON' } }
        })
      )
      return
    }
    const reply = await dispatch(handlers, message.channel, message.request)
    webSocket.send(JSON.stringify({ id: message.id ?? null, reply }))
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      for (const socket of sockets) socket.terminate()
      sockets$.close()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

/** True when the request carries the token in its URL or its cookie (compared in constant time). */
function hasToken(request: IncomingMessage, token: string, fromQuery: string | null): boolean {
  const fromCookie =
    /(?:^|;\s*)backprop_lab_token=([^;]+)/.exec(request.headers.cookie ?? '')?.[1] ?? null
  return [fromQuery, fromCookie].some(
    (candidate) => candidate !== null && sameText(candidate, token)
  )
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
