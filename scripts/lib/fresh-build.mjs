// Keeps a checkout's build (out/) no older than its sources, for the command line, `serve`, the
// tests and the benchmarks: the CLI and the served page run as built JavaScript, so a developer
// who edits src/ gets a rebuild (a few seconds) on the next run instead of stale code. One check
// for the whole build, and one process builds at a time; the others wait for it.
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'

/** What the build (scripts/build-all.mjs) is made from. */
const SOURCES = ['src', 'electron.vite.config.ts']
/** What it makes: the main bundle with the CLI, and the page (browser mode serves it as built). */
export const BUILD_OUTPUTS = [join('out', 'main', 'cli.js'), join('out', 'renderer', 'index.html')]
/** The file in the lock folder that holds its owner's process id. */
const OWNER_FILE = 'owner'
/** A lock without an owner's id, older than this, is left over from a process that died. */
const UNOWNED_LOCK_MS = 10_000

/**
 * True when a file at or under `path` was modified after `time` (ms). Stops at the first one;
 * a fresh build has every file walked (~800 in src/, ~15 ms on a first, cold call), which every
 * command in a checkout pays, so one readdir a folder and one stat a file, nothing more.
 */
function changedSince(path, time) {
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs > time
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const inner = join(path, entry.name)
    if (entry.isDirectory() ? changedSince(inner, time) : statSync(inner).mtimeMs > time)
      return true
  }
  return false
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
    .some((source) => changedSince(source, built))
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/**
 * Builds the checkout (scripts/build-all.mjs) when it is stale, holding a lock folder so that
 * concurrent runs build once; the others wait for it (and say so). Returns false when the build
 * failed (its messages were shown) or cannot run here (said in one line: a read-only checkout).
 *
 * @param {string} root the checkout
 * @param {(line: string) => void} log
 * @returns {boolean}
 */
export function ensureFreshBuild(root, log) {
  const lock = join(root, 'out', '.build-lock')
  let waiting = false
  while (isStale(root)) {
    const taken = takeLock(root, lock)
    if (taken === 'taken') return buildHoldingLock(root, lock, log)
    if (taken !== 'held') {
      log(`cannot build the app in ${root} (${taken})`)
      return false
    }
    if (!waiting) log('waiting for another build of the app to finish…')
    waiting = true
    sleep(200)
  }
  return true
}

/**
 * Takes the lock: a folder (created with out/, which a clean may have removed) holding the id of
 * its owner's process. Returns 'taken', 'held' while a live process holds it, or why it cannot be
 * taken. A lock whose owner has ended (a build stopped with Ctrl-C) is taken over.
 */
function takeLock(root, lock) {
  try {
    mkdirSync(join(root, 'out'), { recursive: true })
    mkdirSync(lock)
  } catch (error) {
    if (error.code !== 'EEXIST') return error.message
    if (!ownerEnded(lock)) return 'held'
    // Taken over at once: nobody is building, so there is nothing to wait for or to say.
    rmSync(lock, { recursive: true, force: true })
    return takeLock(root, lock)
  }
  try {
    writeFileSync(join(lock, OWNER_FILE), String(process.pid))
    return 'taken'
  } catch (error) {
    rmSync(lock, { recursive: true, force: true })
    return error.message
  }
}

/**
 * True when the lock's owner has ended: its process is gone, or it never wrote its id whole (it
 * died between taking the lock and writing it) and the lock is older than UNOWNED_LOCK_MS.
 */
function ownerEnded(lock) {
  let owner = 0
  try {
    owner = Number(readFileSync(join(lock, OWNER_FILE), 'utf8'))
  } catch {
    // No id file: judged by the lock's age below.
  }
  // An empty or garbled file reads as no id (0 would ask about this process's own group).
  if (!Number.isInteger(owner) || owner <= 0) {
    const taken = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()
    return Date.now() - taken > UNOWNED_LOCK_MS
  }
  try {
    process.kill(owner, 0)
    return false
  } catch (error) {
    return error.code === 'ESRCH'
  }
}

function buildHoldingLock(root, lock, log) {
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
