// Loaded with `--import` into Electron's installer (node_modules/electron/install.js) so that
// `npm start` can name the real reason a download failed in one line. The installer prints only
// `err.stack`, and fetch's "fetch failed" hides its cause (no network, refused, …); this keeps
// the installer's own output and progress bar, notes the cause of a failed fetch, and writes
// the failure as one JSON line to file descriptor 3 instead of the stack on the terminal.
import { writeSync } from 'node:fs'

let cause = null
const originalFetch = globalThis.fetch
globalThis.fetch = async (input, init) => {
  try {
    return await originalFetch(input, init)
  } catch (error) {
    const url = typeof input === 'string' ? input : (input?.url ?? String(input))
    cause = { error, host: safeHost(url) }
    throw error
  }
}

function safeHost(url) {
  try {
    return new URL(url).host
  } catch {
    return null
  }
}

const originalError = console.error
console.error = (...values) => {
  const failure = values.find((value) => typeof value === 'string' || value instanceof Error)
  if (failure === undefined) return originalError(...values)
  const message = failure instanceof Error ? failure.message : failure
  const inner = cause?.error?.cause
  const report = {
    message: message.split('\n')[0],
    code: failure?.code ?? cause?.error?.code ?? null,
    causeCode: inner?.code ?? null,
    causeMessage: inner?.message ?? null,
    host: cause?.host ?? null
  }
  try {
    writeSync(3, `${JSON.stringify(report)}\n`)
  } catch {
    originalError(...values)
  }
}
