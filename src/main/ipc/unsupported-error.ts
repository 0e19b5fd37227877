/** A call this host cannot serve (the native dialog in browser mode, uploads in Electron). */
export class UnsupportedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnsupportedError'
  }
}
