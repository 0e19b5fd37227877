import type { SkippedCount } from '../model/skipped'
import { plural, skippedSummary, some, VALUE_KIND_WORDS, type ValueKind } from './english'

/**
 * What an import tells the user (notes on what it did) and why a row was left out, in English:
 * part of the message table (../messages.ts), translated in the renderer.
 */
export const IMPORT_MESSAGES = {
  // Notes on tables (CSV and the other table formats).
  'table.rowsLeftOut': (p: { count: number; groups: SkippedCount[] }) =>
    `${plural(p.count, 'row')} left out: ${skippedSummary(p.groups)}`,
  'table.regressionLabel': (p: { column: string; chosen?: boolean }) =>
    `column "${p.column}" holds measurements (not whole numbers), so it is a regression target${p.chosen ? ', not classes' : '; use --label-column to name a class column instead'}`,
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
  'table.gzipped': () => 'the file is gzipped: read unzipped',
  'table.sheet': (p: { sheet: string; sheets: string[] }) =>
    p.sheets.length > 1
      ? `sheet "${p.sheet}" (of ${p.sheets.length} sheets: ${p.sheets.join(', ')})`
      : `sheet "${p.sheet}"`,
  'table.labelsFile': (p: { file: string }) => `labels from ${p.file}`,
  'table.npzArrays': (p: { features: string; labels: string; names: string[] }) =>
    `arrays "${p.features}" (features) and "${p.labels}" (labels) of ${p.names.join(', ')}`,
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
  'idx.officialSplit': (p: { trainRows: number; total: number; files: string[] }) =>
    `the official split is kept: rows 1–${p.trainRows} train and validate, rows ${p.trainRows + 1}–${p.total} (${p.files.join(', ')}) are the test set`,
  'idx.classesFile': () => 'class names from classes.txt',
  'idx.knownClasses': (p: { set: string; last: number }) =>
    `class names of ${p.set} (labels 0–${p.last})`,
  // Why one row (or record) was left out.
  'row.missing': (p: { column: string }) => `missing value in column "${p.column}"`,
  'row.notNumber': (p: { column: string; value: string }) =>
    `column "${p.column}": "${p.value}" is not a number`,
  'row.unknownCategory': (p: { column: string; value: string; known: string[] }) =>
    `column "${p.column}": "${p.value}" was not seen in training (${p.known.join(', ')})`,
  'row.unknownClass': (p: { column: string; value: string; known: string[] }) =>
    `column "${p.column}": "${p.value}" is not one of the model's classes (${p.known.join(', ')})`,
  'row.fieldCount': (p: { expected: number; got: number; header: boolean }) =>
    `expected ${p.expected} fields${p.header ? ' (as in the header)' : ''}, got ${p.got}`,
  'row.notJson': () => 'not valid JSON',
  'row.notRecord': (p: { is: ValueKind }) =>
    `not a record with fields: it is ${VALUE_KIND_WORDS[p.is]}`,
  'row.fieldNotValue': (p: { field: string; is: ValueKind }) =>
    `field "${p.field}" holds ${VALUE_KIND_WORDS[p.is]}, not a single value`
} satisfies Record<string, (params: never) => string>
