/** How the user chose a path in the desktop app. */
export type PathChoice = 'dialog' | 'drop' | 'file-manager' | 'recent'

/** Hears of every path the user chose, per window (`webContentsId`). */
export type PathGrantListener = (webContentsId: number, path: string, how: PathChoice) => void

const listeners: PathGrantListener[] = []

/**
 * Lets a rule about paths hear of every path the user chose: the lab's path rules keep a
 * per-window set of granted paths and refuse any other (issue 14), Open Recent remembers files.
 */
export function onPathGranted(listener: PathGrantListener): void {
  listeners.push(listener)
}

/**
 * THE door for every path the user chose in the desktop app: the open dialogs, files and folders
 * dropped on the window (through the preload), files opened from the file manager (the command
 * line of the first or a second launch, macOS `open-file`) and Open Recent. Returns the path.
 */
export function grantUserPath(webContentsId: number, path: string, how: PathChoice): string {
  for (const listener of listeners) listener(webContentsId, path, how)
  return path
}
