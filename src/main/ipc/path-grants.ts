import { resolve } from 'node:path'
import type { Caller } from './handler-types'
import { pathAccess } from './path-access'

/**
 * The desktop app's record of the files and folders the user gave each window: chosen in a native
 * dialog, dropped on it, or opened from the file manager or the command line. Main reads only
 * these (and what everyone may read: the bundled samples and presets, and paths the lab has
 * recorded), whatever the window's page asks for. A granted folder grants what is inside it.
 *
 * Every user-chosen path goes through `grant`; each call from a window is answered as
 * `callerFor(window)`, and a closed window's grants are dropped with `forget`.
 */
export class PathGrants {
  private readonly granted = new Map<number, Set<string>>()

  constructor(
    private readonly everyone: {
      roots: () => readonly string[]
      isRecorded: (path: string) => boolean
    }
  ) {}

  /** Lets window `windowId` (its web contents' id) use `path` and everything inside it. */
  grant(windowId: number, path: string): void {
    const paths = this.granted.get(windowId) ?? new Set<string>()
    paths.add(resolve(path))
    this.granted.set(windowId, paths)
  }

  /** The paths granted to a window. */
  grantedTo(windowId: number): string[] {
    return [...(this.granted.get(windowId) ?? [])]
  }

  /** Drops a closed window's grants. */
  forget(windowId: number): void {
    this.granted.delete(windowId)
  }

  /** How calls from a window are checked. */
  callerFor(windowId: number): Caller {
    const access = pathAccess({
      roots: () => [...this.everyone.roots(), ...this.grantedTo(windowId)],
      isRecorded: this.everyone.isRecorded,
      advice: 'choose it with Open… or drop it on the window'
    })
    return { windowId, check: access.check }
  }
}
