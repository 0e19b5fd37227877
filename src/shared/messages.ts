import { plural } from './message-tables/english'
import { FILE_MESSAGES } from './message-tables/file-refusals'
import { IMAGE_MESSAGES } from './message-tables/image-refusals'
import { IMPORT_MESSAGES } from './message-tables/import-notes'
import { LAB_REFUSAL_MESSAGES } from './message-tables/lab-refusals'
import { TRAINING_MESSAGES } from './message-tables/training-refusals'
import { INSPECT_MESSAGES } from './message-tables/inspect-refusals'

/**
 * Messages main says to users (import notes, file problems, errors), one record per message
 * (import notes and row problems in message-tables/import-notes.ts, refused files in
 * message-tables/file-refusals.ts, image folders and IDX in message-tables/image-refusals.ts,
 * results here).
 * Main sends a code with its parameters; the CLI prints the English text below, the renderer
 * translates the code (its zh-CN table is `satisfies` against this one, so a new message without
 * a translation does not compile). Parameters are JSON-safe: numbers, strings, string lists.
 */

/** A message inside another's parameters (the first of many row problems). */
export interface NestedMessage {
  code: string
  params: object
}

/** Predicting and evaluating on a file or a stored dataset. */
const RESULT_MESSAGES = {
  'results.missingInputs': (p: { file: string; missing: string[]; columns: string[] }) =>
    `${p.file}: no column for the model's input${p.missing.length === 1 ? '' : 's'} ${p.missing.map((name) => `"${name}"`).join(', ')} (the file's columns: ${p.columns.join(', ')})`,
  'results.tooFewColumns': (p: { file: string; inputs: number; columns: number }) =>
    `${p.file}: the model takes ${p.inputs} inputs but the file has ${plural(p.columns, 'usable column')}`,
  'results.inputsByPosition': (p: { columns: string[] }) =>
    `the model names no inputs, so the file's columns are taken in order: ${p.columns.join(', ')}`,
  'results.columnsByPosition': (p: { file: string; inputs: string[] }) =>
    `${p.file} names no columns, so its columns are taken in order as the model's inputs ${p.inputs.join(', ')}`,
  'results.noLabelColumn': (p: { file: string; columns: string[] }) =>
    `${p.file}: no column is left for the labels besides the model's inputs (columns: ${p.columns.join(', ')})`,
  'results.mostRowsBad': (p: {
    file: string
    bad: number
    rows: number
    line: number
    /** The first bad row's place (`data.json#3`) in a file without lines. */
    place?: string
    first: NestedMessage
  }): string =>
    `${p.file}: ${p.bad} of ${p.rows} rows cannot be used (first, ${p.place ?? `line ${p.line}`}: ${nestedText(p.first)})`,
  'results.rowsLeftOut': (p: { file: string; count: number }) =>
    `${p.file}: ${plural(p.count, 'row')} left out (listed below); the others were used`,
  'results.datasetInputs': (p: { dataset: string; features: number; inputs: number }) =>
    `dataset ${p.dataset} has ${p.features} features but the model takes ${p.inputs} inputs`,
  'results.datasetClasses': (p: { dataset: string; classes: string[]; modelClasses: string[] }) =>
    `dataset ${p.dataset} has the classes ${p.classes.join(', ')} but the model has ${p.modelClasses.join(', ')}`,
  'results.noData': (p: { data: string }) =>
    `${p.data}: no such file or dataset id (see: backprop-lab datasets)`,
  'results.imagesNotRows': (p: { file: string }) =>
    `${p.file}: images (a folder or an IDX file) are not read as rows to predict; evaluate the model on them, or give a table of input rows (CSV, JSON, Excel, Parquet, NumPy)`,
  'results.datasetUnlabelled': (p: { dataset: string; wants: 'classes' | 'targets' }) =>
    `dataset ${p.dataset} has no ${p.wants === 'classes' ? 'class labels' : 'regression targets'} to compare the model's outputs with`
} satisfies Record<string, (params: never) => string>

export const MESSAGES = {
  ...IMPORT_MESSAGES,
  ...FILE_MESSAGES,
  ...IMAGE_MESSAGES,
  ...RESULT_MESSAGES,
  ...LAB_REFUSAL_MESSAGES,
  ...TRAINING_MESSAGES,
  ...INSPECT_MESSAGES
}

/** One of the messages main sends. */
export type MessageCode = keyof typeof MESSAGES
/** The parameters of a message. */
export type MessageParams<C extends MessageCode> = Parameters<(typeof MESSAGES)[C]>[0] extends
  undefined | never
  ? Record<string, never>
  : Parameters<(typeof MESSAGES)[C]>[0]

/** A message as it travels: its code and parameters (the English text is derived, never sent alone). */
export type LabMessage = {
  [C in MessageCode]: { code: C; params: MessageParams<C> }
}[MessageCode]

/** A message of the table, typed by its code. */
export function message<C extends MessageCode>(code: C, params: MessageParams<C>): LabMessage {
  return { code, params } as LabMessage
}

/** The English text of a message (the CLI's, the logs', and the renderer's in English). */
export function englishText(note: LabMessage): string {
  return (MESSAGES[note.code] as (params: unknown) => string)(note.params)
}

/** The English text of a note: a message, or plain text stored by an older version. */
export function textOf(note: LabMessage | string): string {
  return typeof note === 'string' ? note : englishText(note)
}

/** The English text of a message held in another's parameters. */
function nestedText(nested: NestedMessage): string {
  return isLabMessage(nested) ? englishText(nested) : nested.code
}

/** True for a value shaped like a LabMessage of this table. */
export function isLabMessage(value: unknown): value is LabMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as LabMessage).code === 'string' &&
    Object.hasOwn(MESSAGES, (value as LabMessage).code) &&
    typeof (value as LabMessage).params === 'object'
  )
}
