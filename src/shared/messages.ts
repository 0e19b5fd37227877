/**
 * Messages main says to users (import notes, file problems, errors), one record per message.
 * Main sends a code with its parameters; the CLI prints the English text below, the renderer
 * translates the code (its zh-CN table is `satisfies` against this one, so a new message without
 * a translation does not compile). Parameters are JSON-safe: numbers, strings, string lists.
 */

const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`
/** The first few file names, then how many more: `a.png, b.png and 4 more`. */
const some = (p: { files: string[]; more: number }): string =>
  p.more > 0 ? `${p.files.join(', ')} and ${p.more} more` : p.files.join(', ')
const where = (p: { file: string; line?: number }): string =>
  p.line === undefined ? p.file : `${p.file}:${p.line}`

/** A message inside another's parameters (the first of many row problems). */
export interface NestedMessage {
  code: string
  params: object
}

export const MESSAGES = {
  // Import notes (CSV and other tables).
  'table.rowsLeftOut': (p: { count: number }) =>
    `${plural(p.count, 'row')} with missing or unreadable values left out`,
  'table.regressionLabel': (p: { column: string }) =>
    `column "${p.column}" holds measurements (not whole numbers), so it is a regression target; use --label-column to name a class column instead`,
  'table.columnLeftOutAsked': (p: { column: string }) =>
    `column "${p.column}" was left out, as asked`,
  'table.columnEmpty': (p: { column: string }) => `column "${p.column}" was left out: it is empty`,
  'table.columnIdLike': (p: { column: string; values: number }) =>
    `column "${p.column}" was left out: it holds text with ${p.values} different values (like an id or a name)`,
  'table.columnCategorical': (p: { column: string; values: string[] }) =>
    `column "${p.column}" is categorical: one input per value (${p.values.join(', ')})`,
  'table.encoding': (p: { encoding: 'utf-16le' | 'utf-16be' | 'windows-1252' }) =>
    p.encoding === 'windows-1252'
      ? 'the file is not UTF-8 text; it was read as Latin-1 (Windows-1252): check that accented names look right'
      : `the file is UTF-16 text (${p.encoding === 'utf-16le' ? 'little' : 'big'}-endian); it was read as such`,
  'table.noHeader': () => 'no header row found: columns are named column1, column2, …',
  'table.separator': (p: { separator: 'tabs' | 'semicolons'; decimalComma: boolean }) =>
    `fields are separated by ${p.separator}${p.decimalComma ? ', with decimal commas' : ''}`,
  // Image and IDX import notes.
  'images.emptyClasses': (p: { classes: string[] }) =>
    `left out class folders without usable images: ${p.classes.join(', ')}`,
  'images.resized': (p: {
    count: number
    width: number
    height: number
    forced: boolean
    files: string[]
    more: number
  }) =>
    `resized ${plural(p.count, 'image')} to ${p.width}×${p.height} (${p.forced ? '--image-size' : 'most share that size'}): ${some(p)}`,
  'images.grayForced': (p: { count: number; files: string[]; more: number }) =>
    `converted ${plural(p.count, 'colour image')} to grayscale (--grayscale) as luma 0.299 R + 0.587 G + 0.114 B: ${some(p)}`,
  'images.grayAll': () =>
    'converted to grayscale (1 channel): every image has r = g = b in every pixel',
  'images.graySome': (p: { count: number; files: string[]; more: number }) =>
    `converted to grayscale (1 channel): r = g = b in every pixel of the ${plural(p.count, 'colour image')}: ${some(p)}`,
  'images.keptColour': (p: { count: number; files: string[]; more: number }) =>
    `kept 3 colour channels; the gray value of ${plural(p.count, 'image')} is repeated in r, g and b: ${some(p)}`,
  'images.alphaDropped': (p: { count: number; files: string[]; more: number }) =>
    `dropped the alpha channel of ${plural(p.count, 'image')} with transparent pixels (their stored colour is kept, not blended with a background): ${some(p)}`,
  'idx.joined': (p: { parts: { file: string; first: number; last: number }[] }) =>
    `joined ${p.parts.length} IDX images files in this order: ${p.parts.map((part) => `${part.file} (rows ${part.first}–${part.last})`).join(', ')}`,
  // Problems of one row or field.
  'row.missing': (p: { column: string }) => `missing value in column "${p.column}"`,
  'row.notNumber': (p: { column: string; value: string }) =>
    `column "${p.column}": "${p.value}" is not a number`,
  'row.unknownCategory': (p: { column: string; value: string; known: string[] }) =>
    `column "${p.column}": "${p.value}" was not seen in training (${p.known.join(', ')})`,
  'row.unknownClass': (p: { column: string; value: string; known: string[] }) =>
    `column "${p.column}": "${p.value}" is not one of the model's classes (${p.known.join(', ')})`,
  'row.fieldCount': (p: { expected: number; got: number }) =>
    `expected ${p.expected} fields (as in the header), got ${p.got}`,
  // Whole-file errors.
  'file.empty': (p: { file: string }) => `${p.file}: the file is empty`,
  'file.noRows': (p: { file: string }) => `${p.file}: the file has no rows`,
  'file.headerOnly': (p: { file: string }) => `${p.file}: the file has a header but no data rows`,
  'file.fieldCount': (p: {
    file: string
    line: number
    expected: number
    got: number
    header: boolean
  }) =>
    `${p.file}:${p.line}: expected ${p.expected} fields${p.header ? ' (as in the header)' : ''}, got ${p.got}`,
  'file.unreadable': (p: { file: string; line?: number; problem: string }) =>
    `${where(p)}: ${p.problem}`,
  'file.noColumn': (p: { file: string; column: string; columns: string[] }) =>
    `${p.file}: no column named "${p.column}" (columns: ${p.columns.join(', ')})`,
  'file.targetNotNumeric': (p: { file: string; column: string }) =>
    `${p.file}: target column "${p.column}" must hold numbers`,
  'file.noFeatures': (p: { file: string; outputs: 'label' | 'targets' }) =>
    `${p.file}: no usable feature columns (no numeric or categorical column besides the ${p.outputs})`,
  'file.allRowsBad': (p: { file: string }) =>
    `${p.file}: every row has a missing or unreadable value; nothing is left to train on`,
  'file.oneClass': (p: { file: string; column: string; value: string }) =>
    `${p.file}: the label column "${p.column}" has only one class ("${p.value}"); a classifier needs at least two (use --targets for regression)`,
  // Predicting and evaluating on a file.
  'results.missingInputs': (p: { file: string; missing: string[]; columns: string[] }) =>
    `${p.file}: no column for the model's input${p.missing.length === 1 ? '' : 's'} ${p.missing.map((name) => `"${name}"`).join(', ')} (the file's columns: ${p.columns.join(', ')})`,
  'results.tooFewColumns': (p: { file: string; inputs: number; columns: number }) =>
    `${p.file}: the model takes ${p.inputs} inputs but the file has ${plural(p.columns, 'usable column')}`,
  'results.inputsByPosition': (p: { columns: string[] }) =>
    `the model names no inputs, so the file's columns are taken in order: ${p.columns.join(', ')}`,
  'results.noLabelColumn': (p: { file: string; columns: string[] }) =>
    `${p.file}: no column is left for the labels besides the model's inputs (columns: ${p.columns.join(', ')})`,
  'results.mostRowsBad': (p: {
    file: string
    bad: number
    rows: number
    line: number
    first: NestedMessage
  }): string =>
    `${p.file}: ${p.bad} of ${p.rows} rows cannot be used (first, line ${p.line}: ${nestedText(p.first)})`,
  'results.rowsLeftOut': (p: { file: string; count: number }) =>
    `${p.file}: ${plural(p.count, 'row')} left out (listed below); the others were used`,
  'results.datasetInputs': (p: { dataset: string; features: number; inputs: number }) =>
    `dataset ${p.dataset} has ${p.features} features but the model takes ${p.inputs} inputs`,
  'results.datasetClasses': (p: { dataset: string; classes: string[]; modelClasses: string[] }) =>
    `dataset ${p.dataset} has the classes ${p.classes.join(', ')} but the model has ${p.modelClasses.join(', ')}`,
  'results.noData': (p: { data: string }) =>
    `${p.data}: no such file or dataset id (see: backprop-lab datasets)`,
  'results.datasetUnlabelled': (p: { dataset: string; wants: 'classes' | 'targets' }) =>
    `dataset ${p.dataset} has no ${p.wants === 'classes' ? 'class labels' : 'regression targets'} to compare the model's outputs with`
} satisfies Record<string, (params: never) => string>

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
