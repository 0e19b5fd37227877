import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { OpenedPath } from '../../shared/ipc/contract'
import { PACK_EXTENSION } from '../../shared/model/experiment-file'
import type { PathChoice } from './granted-paths'

/**
 * What a path opened from outside the window is: a model (opens in Inspect), an experiment file
 * (opened into the lab), data, or a folder.
 */
export function openedPath(path: string): OpenedPath | null {
  const stats = statSync(path, { throwIfNoEntry: false })
  if (!stats) return null
  if (stats.isDirectory()) return { path, kind: 'folder' }
  if (!stats.isFile()) return null
  const name = path.toLowerCase()
  if (name.endsWith('.model.json')) return { path, kind: 'model' }
  return { path, kind: name.endsWith(PACK_EXTENSION) ? 'experiment' : 'data' }
}

/**
 * The files a launch was given: the arguments after the executable (and after the app folder
 * when started as `electron .`), leaving out switches, resolved against the launch's folder.
 */
export function pathsFromArgv(argv: readonly string[], cwd: string, defaultApp: boolean): string[] {
  return argv
    .slice(defaultApp ? 2 : 1)
    .filter((arg) => arg !== '' && !arg.startsWith('-'))
    .map((arg) => resolve(cwd, arg))
}

/**
 * Routes files opened from the file manager to the window: held until the window has loaded
 * (a macOS `open-file` may come before the app is ready), then each one, if it exists, goes
 * through `deliver` (which grants it and tells the window).
 */
export class OpenRequests {
  private readonly waiting: { path: string; how: PathChoice }[] = []
  private isReady = false

  constructor(private readonly deliver: (opened: OpenedPath, how: PathChoice) => void) {}

  open(path: string, how: PathChoice): void {
    if (!this.isReady) {
      this.waiting.push({ path, how })
      return
    }
    const opened = openedPath(path)
    if (opened) this.deliver(opened, how)
  }

  /** The window listens now: delivers what came before. */
  ready(): void {
    this.isReady = true
    for (const { path, how } of this.waiting.splice(0)) this.open(path, how)
  }

  /** The window is gone (or reloading): hold new requests again. */
  notReady(): void {
    this.isReady = false
  }
}
