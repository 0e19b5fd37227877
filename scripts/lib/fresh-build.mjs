// Keeps a checkout's build (out/) no older than its sources, for the command line, `serve`, the
// tests and the benchmarks: the CLI and the served page run as built JavaScript, so a developer
// who edits src/ gets a rebuild (a few seconds) on the next run instead of stale code. One check
// for the whole build, and one process builds at a time; the others wait for it.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** What the build (scripts/build-all.mjs) is made from. */
const SOURCES = ['src', 'electron.vite.config.ts']
/** What it makes: the main bundle with the CLI, and the page (browser mode serves it as built). */
export const BUILD_OUTPUTS = [join('out', 'main', 'cli.js'), join('out', 'renderer', 'index.html')]
/** A lock older than this is left over from a build that died. */
const STALE_LOCK_MS = 120_000

function newest(path) {
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  let time = 0
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) time = Math.max(time, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  return time
}

/**
 * True when an output of the build is missing or older than a source file.
 *
 * @param {string} root the checkout
 */
export function isStale(root) {
  const outputs = BUILD_OUTPUTS.map((output) => join(root, output))
  if (!outputs.every((output) => existsSync(output))) return true
  const built = Math.min(...outputs.map((output) => statSync(output).mtimeMs))
  return SOURCES.map((source) => join(root, source))
    .filter(existsSync)
    .some((source) => newest(source) > built)
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/**
 * Builds the checkout (scripts/build-all.mjs) when it is stale, holding a lock folder so that
 * concurrent runs build once. Returns false when the build failed (its messages were shown).
 *
 * @param {string} root the checkout
 * @param {(line: string) => void} log
 * @returns {boolean}
 */
export function ensureFreshBuild(root, log) {
  if (!isStale(root)) return true
  const lock = join(root, 'out', '.build-lock')
  mkdirSync(join(root, 'out'), { recursive: true })
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > STALE_LOCK_MS)
        rmSync(lock, { recursive: true, force: true })
      sleep(200)
      if (!existsSync(lock) && !isStale(root)) return true
    }
  }
  try {
    if (!isStale(root)) return true
    log('building the app (its sources changed)…')
    // The build needs no Electron binary: never start its download from here.
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'build-all.mjs')], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }
    })
    return result.status === 0 && BUILD_OUTPUTS.every((output) => existsSync(join(root, output)))
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}
