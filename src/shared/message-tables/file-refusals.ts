import { LIMITS } from '../limits'
import type { SkippedCount } from '../model/skipped'
import { skippedSummary, VALUE_KIND_WORDS, where, type ValueKind } from './english'

/** The table formats a file can fail to be (`not an Excel .xlsx workbook`). */
export type FileFormat = 'parquet' | 'npy' | 'npz'
const FORMAT_WORDS: Record<FileFormat, string> = {
  parquet: 'a readable Parquet file',
  npy: 'a NumPy .npy array',
  npz: 'a NumPy .npz file'
}

/** The bounds a compressed file can unzip past. */
export type UnzipLimit = 'csvFileBytes' | 'unzippedBytes'

/** `a 3-D array (shape 60000×28×28)`. */
const arrayShape = (p: { dims: number; shape: number[] }): string =>
  `a ${p.dims}-D array (shape ${p.shape.join('×') || 'a single value'})`

/**
 * Why a whole file (or a choice about it) is refused, in English: part of the message table
 * (../messages.ts), translated in the renderer. Each names the file, and the line where there is one.
 */
export const FILE_MESSAGES = {
  'file.empty': (p: { file: string }) => `${p.file}: the file is empty`,
  'file.noRows': (p: { file: string }) => `${p.file}: the file has no rows`,
  'file.headerOnly': (p: { file: string }) => `${p.file}: the file has a header but no data rows`,
  'file.unreadable': (p: { file: string; line?: number; problem: string }) =>
    `${where(p)}: ${p.problem}`,
  'file.notFormat': (p: { file: string; format: FileFormat; problem: string }) =>
    `${p.file}: not ${FORMAT_WORDS[p.format]} (${p.problem})`,
  'file.cannotUnzip': (p: { file: string; problem: string }) =>
    `${p.file}: cannot unzip (${p.problem})`,
  'file.unzipsOverLimit': (p: {
    file: string
    member?: string
    limit: UnzipLimit
    bound: string
    env: string | null
  }) =>
    `${p.file}: ${p.member === undefined ? '' : `${p.member} `}unzips to over the lab's limit of ${p.bound} ${LIMITS[p.limit].noun} (${p.env ? `set ${p.env} to raise it` : 'a fixed limit'})`,
  'file.noColumn': (p: { file: string; column: string; columns: string[] }) =>
    `${p.file}: no column named "${p.column}" (columns: ${p.columns.join(', ')})`,
  'file.targetNotNumeric': (p: { file: string; column: string }) =>
    `${p.file}: target column "${p.column}" must hold numbers`,
  'file.noFeatures': (p: { file: string; outputs: 'label' | 'targets' }) =>
    `${p.file}: no usable feature columns (no numeric or categorical column besides the ${p.outputs})`,
  'file.allRowsBad': (p: { file: string }) =>
    `${p.file}: every row has a missing or unreadable value; nothing is left to train on`,
  'file.mostRowsBad': (p: { file: string; bad: number; rows: number; groups: SkippedCount[] }) =>
    `${p.file}: ${p.bad} of ${p.rows} data rows cannot be used, so nothing was imported: ${skippedSummary(p.groups)}`,
  'file.oneClass': (p: { file: string; column: string; value: string; leftOut?: SkippedCount[] }) =>
    `${p.file}: the label column "${p.column}" has only one class ("${p.value}")${p.leftOut?.length ? ' in the rows that can be used' : ''}; a classifier needs at least two (use --targets for regression)${p.leftOut?.length ? `; left out: ${skippedSummary(p.leftOut)}` : ''}`,
  // Excel.
  'file.noSheets': (p: { file: string }) => `${p.file}: the workbook has no sheets`,
  'file.noSheet': (p: { file: string; sheet: string; sheets: string[] }) =>
    `${p.file}: no sheet named "${p.sheet}" (sheets: ${p.sheets.join(', ')})`,
  'file.sheetEmpty': (p: { file: string; sheet: string }) =>
    `${p.file}: sheet "${p.sheet}" is empty`,
  'file.sheetHeaderOnly': (p: { file: string; sheet: string }) =>
    `${p.file}: sheet "${p.sheet}" has a header but no data rows`,
  // JSON, JSON Lines and Parquet.
  'file.modelNotData': (p: { file: string }) =>
    `${p.file}: this is a model file, not data (open it in Inspect, or use it with predict)`,
  'file.notRecords': (p: { file: string; is: ValueKind }) =>
    `${p.file}: expected an array of records ([{"x": 1, "label": "a"}, …]), not ${VALUE_KIND_WORDS[p.is]}`,
  'file.noRecords': (p: { file: string; in: 'array' | 'file' }) =>
    `${p.file}: the ${p.in} has no records`,
  'file.invalidJson': (p: { file: string; line?: number; column?: number; early: boolean }) =>
    `${p.file}${p.line === undefined ? '' : `:${p.line}:${p.column}`}: not valid JSON${p.early ? ' (it ends too soon)' : ''}`,
  'file.noFields': (p: { file: string }) =>
    `${p.file}: no records with fields (expected objects like {"x": 1, "label": "a"})`,
  'file.nestedColumn': (p: { file: string; column: string }) =>
    `${p.file}: column "${p.column}" is nested (a list or a struct); only flat columns of numbers and text can be imported`,
  // NumPy arrays.
  'array.pythonObjects': (p: { file: string }) =>
    `${p.file}: an array of a kind the lab cannot read (Python objects?); save numbers or text (e.g. x.astype("float64"))`,
  'array.notTwoD': (p: { file: string; dims: number; shape: number[] }) =>
    `${p.file}: ${arrayShape(p)}; features must be a 2-D array [rows × features]${p.dims > 2 ? ': reshape it first, e.g. x.reshape(len(x), -1)' : ''}`,
  'array.noRows': (p: { file: string }) => `${p.file}: the array has no rows`,
  'array.tooLarge': (p: { file: string; values: number; limit: string }) =>
    `${p.file}: ${p.values} values is more than the ${p.limit} an array import reads; import a part, or save it as images or IDX`,
  'array.labelsShape': (p: { file: string; dims: number; shape: number[] }) =>
    `${p.file}: a ${p.dims}-D labels array (shape ${p.shape.join('×')}); labels must be [rows] or [rows × outputs]`,
  'array.labelCount': (p: { file: string; labels: number; rows: number; features: string }) =>
    `${p.file}: ${p.labels} labels for the ${p.rows} rows of ${p.features}`,
  'array.noLabelsFile': (p: { file: string; candidates: string[] }) =>
    `${p.file}: no labels array beside it (looked for ${p.candidates.join(', ')}); name it with --labels FILE`,
  'array.noPair': (p: { file: string; names: string[] }) =>
    `${p.file}: no features and labels arrays found (it holds: ${p.names.join(', ') || 'nothing'}); expected X and y, or name them with --arrays FEATURES,LABELS`,
  'array.noArray': (p: { file: string; name: string; names: string[] }) =>
    `${p.file}: no array named "${p.name}" (it holds: ${p.names.join(', ')})`,
  // IDX class names and renamed classes.
  'idx.classCount': (p: { file: string; names: number; highest: number }) =>
    `${p.file}: has ${p.names} class names, but the labels go up to ${p.highest} (line k names label k−1, one name per line)`,
  'idx.classEmpty': (p: { file: string; line: number }) =>
    `${p.file}:${p.line}: the class name is empty`,
  'idx.classRepeated': (p: { file: string }) => `${p.file}: two classes have the same name`,
  'classes.regression': (p: { dataset: string }) =>
    `dataset ${p.dataset} has no classes (it is a regression)`,
  'classes.count': (p: { dataset: string; classes: number; names: number }) =>
    `classes: dataset ${p.dataset} has ${p.classes} classes, got ${p.names} names`,
  'classes.empty': (p: { index: number }) => `classes[${p.index}]: a class name cannot be empty`,
  'classes.repeated': (p: { name: string }) =>
    `classes: "${p.name}" names two classes; each name must be different`
} satisfies Record<string, (params: never) => string>
