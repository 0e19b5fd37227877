import type { SkippedCount, SkippedKind } from '../model/skipped'

/** Words the English message tables share. */

/** `1 row`, `3 rows`. */
export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`

/** The first few file names, then how many more: `a.png, b.png and 4 more`. */
export const some = (p: { files: string[]; more: number }): string =>
  p.more > 0 ? `${p.files.join(', ')} and ${p.more} more` : p.files.join(', ')

/** `x.csv` or `x.csv:7`. */
export const where = (p: { file: string; line?: number }): string =>
  p.line === undefined ? p.file : `${p.file}:${p.line}`

/** What a JSON value that is not a single table value is: `a list`, `an object`, `a number`. */
export type ValueKind = 'list' | 'object' | 'number' | 'string' | 'boolean' | 'other'
export const VALUE_KIND_WORDS: Record<ValueKind, string> = {
  list: 'a list',
  object: 'an object',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  other: 'another kind of value'
}

/** English words for each kind, as the CLI and refusals print them ("3 with a missing value"). */
export const SKIPPED_KIND_WORDS: Record<SkippedKind, string> = {
  'wrong-field-count': 'with the wrong number of fields',
  'missing-value': 'with a missing value',
  'not-a-number': 'with a value that is not a number',
  'unreadable-record': 'that cannot be read',
  'unreadable-file': 'unreadable',
  other: 'for other reasons'
}

/** `3 with a missing value (first: line 9), 1 with …`: a one-line summary of left-out items. */
export const skippedSummary = (groups: readonly SkippedCount[]): string =>
  groups
    .map(
      ({ kind, count, line }) =>
        `${count} ${SKIPPED_KIND_WORDS[kind]}${line === undefined ? '' : ` (first: line ${line})`}`
    )
    .join(', ')
