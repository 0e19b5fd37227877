// Gets Electron's binary the way Electron itself does: since Electron 42 its npm package has no
// postinstall; the binary is fetched on first use by the package's own installer (its
// `install-electron` command, which `require('electron')` also runs). A failed download is
// remembered for a day, so an offline machine does not wait on it at every start.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** How long a failed download is remembered (unless `--retry-electron` is given). */
export const FAILURE_MEMORY_MS = 24 * 60 * 60 * 1000

/** Loaded into the installer's process to hand us its real failure (see installer-report.mjs). */
const REPORTER = join(dirname(fileURLToPath(import.meta.url)), 'installer-report.mjs')

/** Network error codes that mean this machine cannot reach the download server at all. */
const NO_NETWORK = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'ENETDOWN'])
const NO_CONNECTION = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET'
])

/** The electron package's version and the path of its installer (its `install-electron` bin). */
function electronPackage(electronDir) {
  const manifest = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'))
  const installer = manifest.bin?.['install-electron']
  return { version: manifest.version, installer: installer ? join(electronDir, installer) : null }
}

/**
 * The executable the package would run, if it is there: `path.txt` names it inside `dist/`
 * (or inside ELECTRON_OVERRIDE_DIST_PATH, as the package's index.js reads it).
 */
export function installedBinary(electronDir, env = process.env) {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const relative = readFileSync(pathFile, 'utf8').trim()
  const binary = join(env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist'), relative)
  return existsSync(binary) ? binary : null
}

/** The installer's failure in a few words a user can act on. */
export function describeFailure(report, electronDir) {
  if (!report) return 'the installer stopped without saying why'
  const code = report.causeCode ?? report.code
  const host = report.host ?? 'the download server'
  if (NO_NETWORK.has(code)) return `no network (${host} cannot be reached: ${code})`
  if (NO_CONNECTION.has(code)) return `no connection to ${host} (${code})`
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return `cannot write to ${electronDir} (${code})`
  if (code === 'ENOSPC') return 'the disk is full'
  const message = (report.causeMessage ?? report.message ?? '').split('\n')[0].trim()
  if (/checksum/i.test(message)) return 'the download did not match its checksum'
  return message || 'the installer stopped without saying why'
}

/** A failed download remembered for this version within the last day, else null. */
export function rememberedFailure(memoryFile, version, now = Date.now()) {
  try {
    const memory = JSON.parse(readFileSync(memoryFile, 'utf8'))
    const fresh = memory.version === version && now - memory.failedAt < FAILURE_MEMORY_MS
    return fresh ? memory : null
  } catch {
    return null
  }
}

function remember(memoryFile, memory) {
  try {
    mkdirSync(dirname(memoryFile), { recursive: true })
    writeFileSync(memoryFile, `${JSON.stringify(memory)}\n`)
  } catch {
    // Not being able to remember only means the next start tries again.
  }
}

/** The installer's failure report (the last JSON line it wrote), if any. */
function parseReport(text) {
  if (!text.trim()) return null
  try {
    return JSON.parse(text.trim().split('\n').at(-1))
  } catch {
    return { message: text.trim() }
  }
}

/** Runs the package's installer with its own output (and progress bar) on our terminal. */
function runInstaller(installer, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', pathToFileURL(REPORTER).href, installer], {
      stdio: ['ignore', 'inherit', 'inherit', 'pipe'],
      env
    })
    let reportText = ''
    child.stdio[3].setEncoding('utf8')
    child.stdio[3].on('data', (chunk) => (reportText += chunk))
    child.on('error', (error) => resolve({ code: 1, report: { message: error.message } }))
    child.on('close', (code) => {
      resolve({ code, report: parseReport(reportText) })
    })
  })
}

/**
 * Electron's binary, downloading it first when it is missing. Resolves to `{ binary }`, or to
 * `{ failure, remembered }` when it cannot be had (`remembered`: the failure of an earlier start
 * within the last day, not tried again unless `retry`).
 *
 * @param {{ electronDir: string, memoryFile: string, retry?: boolean, now?: number,
 *   say?: (line: string) => void, env?: NodeJS.ProcessEnv }} options
 */
export async function ensureElectron(options) {
  const { electronDir, memoryFile, retry = false, now = Date.now(), say = () => {} } = options
  const env = options.env ?? process.env
  if (!existsSync(join(electronDir, 'package.json')))
    return { failure: `${electronDir} is missing (run npm install)`, remembered: false }
  const present = installedBinary(electronDir, env)
  if (present) return { binary: present }
  const { version, installer } = electronPackage(electronDir)
  if (!retry) {
    const memory = rememberedFailure(memoryFile, version, now)
    if (memory) return { failure: memory.reason, remembered: true, failedAt: memory.failedAt }
  }
  if (!installer)
    return { failure: `electron ${version} has no install-electron command`, remembered: false }
  say(
    `Getting Electron ${version} for this machine (once, about 100 MB) with Electron's installer…`
  )
  const { code, report } = await runInstaller(installer, env)
  const binary = code === 0 ? installedBinary(electronDir, env) : null
  if (binary) {
    rmSync(memoryFile, { force: true })
    return { binary }
  }
  const reason =
    code === 0
      ? `the installer finished but ${join(electronDir, 'path.txt')} names no binary`
      : describeFailure(report, electronDir)
  remember(memoryFile, { version, failedAt: now, reason })
  return { failure: reason, remembered: false }
}
