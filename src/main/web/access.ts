import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/**
 * The Electron app's own page origins: `file://` (the built renderer is loaded from disk). No
 * other page may open the lab's socket; a request without an Origin comes from a program, not a
 * page (browsers always send one), and still needs the token.
 */
export const ELECTRON_ORIGINS: readonly string[] = ['file://']

/**
 * Who may talk to one browser-mode host: requests carry its per-launch token (in the URL the
 * first time, then in a cookie named after the port, so two servers never overwrite each
 * other's), and WebSocket upgrades and uploads come from the host's own origin.
 */
export class HostAccess {
  readonly cookieName: string
  private readonly origins: Set<string>

  constructor(
    private readonly token: string,
    readonly port: number
  ) {
    this.cookieName = `backprop_lab_token_${port}`
    this.origins = new Set([
      `http://127.0.0.1:${port}`,
      `http://localhost:${port}`,
      ...ELECTRON_ORIGINS
    ])
  }

  /** True when the request carries the token in its URL or its cookie (compared in constant time). */
  hasToken(request: IncomingMessage, fromQuery: string | null): boolean {
    return [fromQuery, this.cookieOf(request)].some(
      (candidate) => candidate !== null && sameText(candidate, this.token)
    )
  }

  /** True for no Origin (a program) or one of this host's own origins; false for any other page. */
  originAllowed(request: IncomingMessage): boolean {
    const origin = request.headers.origin
    return origin === undefined || this.origins.has(origin)
  }

  /** The Set-Cookie header that keeps the token for the page's later requests. */
  cookieHeader(): string {
    return `${this.cookieName}=${this.token}; HttpOnly; SameSite=Strict; Path=/`
  }

  private cookieOf(request: IncomingMessage): string | null {
    for (const part of (request.headers.cookie ?? '').split(';')) {
      const [name, ...value] = part.trim().split('=')
      if (name === this.cookieName) return value.join('=')
    }
    return null
  }
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
