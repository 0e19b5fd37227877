import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, sep } from 'node:path'
import { userError } from '../../shared/errors'
import type { Caller } from '../ipc/handler-types'
import { createHandlers } from '../ipc/handlers'
import { bundledRoots, pathAccess, recordedIn } from '../ipc/path-access'
import type { Lab } from '../lab'
import { HostAccess } from './access'
import { serveExportZip } from './export-download'
import { SocketApi } from './socket-api'
import { serveStatic } from './static-files'
import { removeStaleFolders } from './stale-folders'
import { UploadFolders } from './uploads'

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
 * in an HttpOnly cookie); the socket opens only for the host's own pages; dropped files are
 * uploaded with PUT /upload/ID/relative/path, and exports are downloaded as zips from
 * GET /download/ID.zip. Calls may name only uploaded files, bundled samples and presets, and
 * paths the lab has recorded.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { lab } = options
  const token = options.token ?? randomBytes(24).toString('base64url')
  const uploadsRoot = join(lab.home.root, 'uploads')
  const isDatasetSource = (folder: string) =>
    lab.datasets.list().some((dataset) => dataset.source.startsWith(folder + sep))
  removeStaleFolders(uploadsRoot, undefined, undefined, isDatasetSource)
  removeStaleFolders(join(lab.home.root, 'exports'))
  const uploads = new UploadFolders(uploadsRoot)
  const caller = browserModeCaller(lab, options.resourcesDir)
  const handlers = createHandlers({
    lab,
    // Events go to every socket; none is sent before the host has started.
    emit: (event, payload) => api.emit(event, payload),
    mode: 'browser',
    version: options.version,
    resourcesDir: options.resourcesDir,
    uploads
  })
  const api = new SocketApi(handlers, caller)

  const server = createServer()
  await listen(server, options.port ?? 0)
  const port = (server.address() as AddressInfo).port
  const access = new HostAccess(token, port)

  const handleHttp = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const fromQuery = url.searchParams.get('token')
    if (!access.hasToken(request, fromQuery)) {
      response
        .writeHead(403, { 'content-type': 'text/plain' })
        .end('Backprop Lab: open the address with its ?token=… printed when the lab started')
      return
    }
    if (fromQuery) response.setHeader('set-cookie', access.cookieHeader())
    if (request.method === 'PUT' && url.pathname.startsWith('/upload/')) {
      if (!access.originAllowed(request)) {
        response
          .writeHead(403, { 'content-type': 'text/plain' })
          .end('uploads come from the lab page only')
        return
      }
      return uploads.receive(request, response, url.pathname)
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end()
      return
    }
    if (url.pathname.startsWith('/download/'))
      return serveExportZip(lab.home.root, url.pathname, response)
    serveStatic(options.rendererDir, url.pathname, response)
  }
  server.on('request', (request, response) => {
    void handleHttp(request, response).catch((error: Error) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' })
      response.end(error.message)
    })
  })
  server.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy())
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const allowed =
      url.pathname === '/ws' &&
      access.hasToken(request, url.searchParams.get('token')) &&
      access.originAllowed(request)
    if (!allowed) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n')
      return
    }
    api.accept(request, socket, head)
  })

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      api.close()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

/**
 * How browser mode checks the paths of calls: only uploaded files, the bundled samples and
 * presets, and paths the lab has recorded (a stored dataset's source, a stored run's model).
 */
export function browserModeCaller(lab: Lab, resourcesDir: string): Caller {
  const uploadsRoot = join(lab.home.root, 'uploads')
  return {
    windowId: null,
    ...pathAccess({
      roots: () => [...bundledRoots(resourcesDir), uploadsRoot],
      isRecorded: recordedIn(lab),
      advice: 'drop the file or folder on the page to upload it'
    })
  }
}

/** Listens on 127.0.0.1; a port in use or not allowed is a user error naming it. */
function listen(server: ReturnType<typeof createServer>, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(userError('fault.portInUse', { port }))
      else if (error.code === 'EACCES') reject(userError('fault.portPrivileged', { port }))
      else reject(error)
    })
    server.listen(port, '127.0.0.1', () => resolve())
  })
}
