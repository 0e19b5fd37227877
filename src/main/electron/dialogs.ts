import type { FileFilter } from 'electron'
import { PACK_EXTENSION } from '../../shared/model/experiment-file'
import { TABLE_FORMATS } from '../../shared/model/table-formats'

/** What an open dialog is for: a data file, a folder, a `*.model.json` or a `.bplab`. */
export type DialogKind = 'file' | 'folder' | 'model' | 'experiment'

/** Every file, whatever its name (Electron's `*`). */
const ALL_FILES: FileFilter = { name: 'All files', extensions: ['*'] }
/** Experiment files (Save experiment as…, Open experiment…). */
const EXPERIMENT_FILES: FileFilter = {
  name: 'Backprop Lab experiment (*.bplab)',
  extensions: [PACK_EXTENSION.slice(1)]
}

/**
 * The filters each dialog offers, the first one chosen at first. Raw MNIST-style IDX files have
 * no extension (`train-images-idx3-ubyte`, `train-labels-idx1-ubyte`), and dialogs filter by
 * extension only, so the data dialog starts on All files: the raw IDX files show at once.
 */
export const DIALOG_FILTERS: Record<DialogKind, FileFilter[] | undefined> = {
  file: [
    ALL_FILES,
    {
      name: 'Tables (CSV, TSV, JSON, NumPy, Excel, Parquet)',
      extensions: Object.values(TABLE_FORMATS).flatMap(({ extensions }) => [...extensions])
    },
    { name: 'IDX files (gzipped or .ubyte)', extensions: ['gz', 'ubyte', 'idx'] }
  ],
  model: [{ name: 'Backprop Lab model (*.model.json)', extensions: ['json'] }, ALL_FILES],
  experiment: [EXPERIMENT_FILES, ALL_FILES],
  folder: undefined
}

/** True when a dialog showing `filter` lists a file of this name (as Electron matches them). */
export function filterShows(filter: FileFilter, fileName: string): boolean {
  if (filter.extensions.includes('*')) return true
  const dot = fileName.lastIndexOf('.')
  return dot > 0 && filter.extensions.includes(fileName.slice(dot + 1).toLowerCase())
}

/** The options of Electron's `showOpenDialog` for a kind. */
export function dialogOptions(kind: DialogKind): Electron.OpenDialogOptions {
  return {
    properties: kind === 'folder' ? ['openDirectory', 'createDirectory'] : ['openFile'],
    filters: DIALOG_FILTERS[kind]
  }
}

/** The options of Electron's `showSaveDialog` for an experiment file named `fileName`. */
export function saveDialogOptions(fileName: string): Electron.SaveDialogOptions {
  return {
    defaultPath: fileName,
    filters: [EXPERIMENT_FILES],
    properties: ['createDirectory', 'showOverwriteConfirmation']
  }
}
