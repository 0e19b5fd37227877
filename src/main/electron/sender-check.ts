/**
 * Where the app's own page is loaded from: its built `index.html` as a file URL, or, in
 * development, electron-vite's dev server.
 */
export interface AppPage {
  /** `file:///…/out/renderer/index.html` */
  fileUrl: string
  /** `http://localhost:5173` when ELECTRON_RENDERER_URL is set. */
  devServerUrl?: string
}

/** A URL without its query and fragment, or null when it does not parse. */
function parse(url: string): URL | null {
  try {
    const parsed = new URL(url)
    parsed.search = ''
    parsed.hash = ''
    return parsed
  } catch {
    return null
  }
}

/**
 * True when a frame's URL is the app's own page, as Electron's security checklist asks of every
 * IPC sender: the very file of the built renderer, or the dev server's exact origin (scheme,
 * host and port). A prefix test would let `http://localhost.evil.example` or any other local
 * file in.
 */
export function isAppPage(frameUrl: string | undefined, page: AppPage): boolean {
  const frame = frameUrl ? parse(frameUrl) : null
  if (!frame) return false
  if (frame.protocol === 'file:') return frame.href === parse(page.fileUrl)?.href
  const dev = page.devServerUrl ? parse(page.devServerUrl) : null
  return dev !== null && frame.origin !== 'null' && frame.origin === dev.origin
}

/** What the sender check looks at in Electron's IPC event (its type, without importing Electron). */
export interface IpcSender {
  senderFrame: { url: string; parent: unknown } | null
}

/** The sender check for an IPC event: the app's page, in the top frame (no iframe). */
export function isTrustedSender(event: IpcSender, page: AppPage): boolean {
  const frame = event.senderFrame
  return frame !== null && frame.parent === null && isAppPage(frame.url, page)
}
