import { existsSync, mkdirSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { userError } from '../shared/errors'

/** The app's name as a folder, the same one Electron's `userData` uses for productName. */
export const APP_FOLDER_NAME = 'Backprop Lab'

/** Where the desktop app keeps its data on this OS (Electron's `userData` folder). */
export function defaultHome(): string {
  switch (process.platform) {
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support', APP_FOLDER_NAME)
    case 'win32':
      return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME)
    default:
      return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER_NAME)
  }
}

/** The files and folders of a lab home. */
export interface LabHome {
  root: string
  database: string
  datasets: string
}

/**
 * The home folder: `--home DIR`, else `BACKPROP_LAB_HOME`, else the app's data folder. Created
 * if missing. The CLI and the desktop app share it.
 */
export function resolveHome(option?: string): LabHome {
  const root = resolve(option ?? process.env.BACKPROP_LAB_HOME ?? defaultHome())
  const datasets = join(root, 'datasets')
  createFolder(datasets, root)
  return { root, database: join(root, 'lab.sqlite'), datasets }
}

/**
 * Creates `folder` and its missing parents one level at a time. (A recursive mkdir under /proc
 * never returns: it spun at 100% CPU.)
 */
function createFolder(folder: string, home: string): void {
  const missing: string[] = []
  let existing = folder
  while (!existsSync(existing) && dirname(existing) !== existing) {
    missing.unshift(existing)
    existing = dirname(existing)
  }
  if (!statSync(existing).isDirectory())
    throw userError('fault.homeIsFile', { home, file: existing })
  for (const path of missing) {
    try {
      mkdirSync(path)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EEXIST' && statSync(path).isDirectory()) continue
      throw userError('fault.home', { home, code: code ?? (error as Error).message })
    }
  }
}
