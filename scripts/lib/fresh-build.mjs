// Keeps a checkout's build (out/) no older than its sources, for the command line: the CLI runs
// as built JavaScript, so a developer who edits src/ gets a rebuild (a few seconds) on the next
// run instead of stale code. One process builds at a time; the others wait for it.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** What the main-process build is made from. */
const SOURCES = ['src/main', 'src/shared', 'electron.vite.config.ts']
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

/** True when `output` is missing or older than a source file of the main build. */
export function isStale(root, output) {
  if (!existsSync(output)) return true
  const built = statSync(output).mtimeMs
  return SOURCES.map((source) => join(root, source))
    .filter(existsSync)
    .some((source) => newest(source) > built)
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/**
 * Builds the checkout (scripts/build-all.mjs) when `output` is stale, holding a lock folder so
 * that concurrent runs build once. Returns false when the build failed (its messages were shown).
 */
export function ensureFreshBuild(root, output, log) {
  if (!isStale(root, output)) return true
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
      if (!existsSync(lock) && !isStale(root, output)) return true
    }
  }
  try {
    if (!isStale(root, output)) return true
    log('building the app (its sources changed)…')
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'build-all.mjs')], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit']
    })
    return result.status === 0 && existsSync(output)
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}
