import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { userError } from '../shared/errors'
import { createFolder } from './create-folder'

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
  const refusal = createFolder(datasets)
  if (refusal)
    throw 'file' in refusal
      ? userError('fault.homeIsFile', { home: root, file: refusal.file })
      : userError('fault.home', { home: root, code: refusal.code })
  return { root, database: join(root, 'lab.sqlite'), datasets }
}
