import type { ShapingOptions } from '../model/import'
import type { TableFormat } from '../model/table-formats'

/**
 * Refusals about datasets and the command line's references to files, runs and datasets, in
 * English: part of the message table (../messages.ts), translated in the renderer.
 */

/** An import option as the command line names it, and the sources it is for. */
export const IMPORT_OPTION_WORDS: Record<keyof ShapingOptions, { flag: string; for: string }> = {
  labelColumn: { flag: '--label-column', for: 'tables' },
  targets: { flag: '--targets', for: 'tables' },
  ignoreColumns: { flag: 'columns left out', for: 'tables' },
  sheet: { flag: '--sheet', for: 'Excel workbooks' },
  labelsFile: { flag: '--labels', for: 'NumPy .npy files' },
  arrays: { flag: '--arrays', for: 'NumPy .npz files' },
  imageSize: { flag: '--image-size', for: 'image folders and IDX files' },
  grayscale: { flag: '--grayscale', for: 'image folders and IDX files' }
}

/** What a path is read as: images (a folder of class folders, IDX) or a table format. */
export type SourceKind = 'images' | TableFormat

/** Each kind of source, as `not for …` names it. */
const SOURCE_WORDS: Record<SourceKind, string> = {
  images: 'images',
  csv: 'a CSV file',
  json: 'a JSON file',
  jsonl: 'a JSON Lines file',
  npy: 'a NumPy .npy file',
  npz: 'a NumPy .npz file',
  xlsx: 'an Excel workbook',
  parquet: 'a Parquet file'
}

/** Which rows of `--input`/`--target` (or of a file) a model could not take. */
export type RowOption = 'input' | 'target'

export const DATA_MESSAGES = {
  'data.noSuchPath': (p: { path: string }) => `${p.path}: no such file or folder`,
  'data.optionNotFor': (p: { file: string; option: keyof ShapingOptions; source: SourceKind }) =>
    `${p.file}: ${IMPORT_OPTION_WORDS[p.option].flag} is for ${IMPORT_OPTION_WORDS[p.option].for}, not for ${SOURCE_WORDS[p.source]}; leave it out`,
  'data.idxLabelsChosen': (p: { file: string; images: string }) =>
    `${p.file}: this is an IDX labels file; import the images file beside it (${p.images})`,
  'data.notTable': (p: { dataset: string }) =>
    `dataset ${p.dataset} is not a CSV file, so it has no columns to choose`,
  'data.sourceGone': (p: { file: string }) =>
    `${p.file}: the file is gone, so its columns cannot be read; import it again from where it is now`,
  'data.tooManyLabels': (p: { file: string; classes: number; bound: string }) =>
    `${p.file}: the labels have ${p.classes} different values, over the lab's limit of ${p.bound} classes per label column (a fixed limit)`,
  'data.tooManyClasses': (p: { file: string; column: string; classes: number; bound: string }) =>
    `${p.file}: the label column "${p.column}" has ${p.classes} different values, over the lab's limit of ${p.bound} classes per label column (is it an id column? name the label with --label-column, or give --targets for numbers to predict)`,
  'data.noDataset': (p: { id: string }) =>
    `no dataset with id ${p.id} (see: backprop-lab datasets)`,
  'data.importRunning': (p: { importId: string }) => `import ${p.importId} is already running`,
  'data.importCancelled': () => 'the import was cancelled; nothing was imported',
  'data.brokenWorkbook': (p: { file: string }) =>
    `${p.file}: not an Excel .xlsx workbook (the file is damaged, or another kind of file named .xlsx); open it in a spreadsheet program and save it again as .xlsx`,
  'data.arrayNeedsLabels': (p: { file: string; candidates: string[] }) =>
    `${p.file}: evaluating needs labels, and no labels array is beside it (looked for ${p.candidates.join(', ')}); save the labels beside it as one of those, or save X and y together in an .npz`,
  'data.npzNeedsLabels': (p: { file: string; names: string[] }) =>
    `${p.file}: evaluating needs labels, and no features and labels arrays were found (it holds: ${p.names.join(', ') || 'nothing'}); save them as X and y`,
  'data.npzNoFeatures': (p: { file: string; names: string[] }) =>
    `${p.file}: no features array found (it holds: ${p.names.join(', ') || 'nothing'}); expected one named X, x, inputs or features`,
  'data.rowWidth': (p: { row: number; expected: number; got: number }) =>
    `row ${p.row}: the model takes ${p.expected} values, got ${p.got}`,
  'cli.noModel': (p: { reference: string }) =>
    `${p.reference}: no such model file or run id (see: backprop-lab runs)`,
  'cli.noData': (p: { reference: string }) =>
    `${p.reference}: no such file, folder or dataset id (see: backprop-lab datasets)`,
  'cli.rowWidth': (p: { option: RowOption; row: number; expected: number; got: number }) =>
    `--${p.option} row ${p.row}: expected ${p.expected} values, got ${p.got}`,
  'cli.rowValue': (p: { option: RowOption; row: number; value: number }) =>
    `--${p.option} row ${p.row}, value ${p.value}: not a finite number`,
  'cli.rowCounts': (p: { inputs: number; targets: number }) =>
    `got ${p.inputs} input rows but ${p.targets} target rows`,
  'cli.noRowsToPredict': (p: { file: string }) => `${p.file}: no rows to predict`
} satisfies Record<string, (params: never) => string>
