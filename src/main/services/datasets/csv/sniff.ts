import { isMissing, parseNumber } from './values'

/** Field separators we recognise, most common first. */
const DELIMITERS = [',', ';', '\t'] as const
export type Delimiter = (typeof DELIMITERS)[number]

/** Counts `delimiter` outside double quotes in one line. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0
  let quoted = false
  for (const character of line) {
    if (character === '"') quoted = !quoted
    else if (character === delimiter && !quoted) count++
  }
  return count
}

/**
 * Guesses the separator from the first lines: the candidate that appears the same (non-zero)
 * number of times on every line, preferring the one that splits lines into the most fields.
 */
export function sniffDelimiter(sample: string): Delimiter {
  const lines = sample
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 20)
  if (lines.length > 1 && !sample.endsWith('\n')) lines.pop() // the last line may be cut short
  let best: Delimiter = ','
  let bestCount = 0
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter))
    const consistent = counts.every((count) => count === counts[0])
    if (consistent && counts[0] > bestCount) {
      best = delimiter
      bestCount = counts[0]
    }
  }
  if (bestCount > 0) return best
  // No consistent candidate: take the most frequent one on the first line.
  const first = lines[0] ?? ''
  return DELIMITERS.reduce((a, b) =>
    countOutsideQuotes(first, b) > countOutsideQuotes(first, a) ? b : a
  )
}

/**
 * Decides whether the first record is a header: some column holds text there but numbers below,
 * or every first-row value is text that never recurs in its column below (names, not data).
 */
export function looksLikeHeader(
  first: readonly string[],
  following: readonly (readonly string[])[]
): boolean {
  if (following.length === 0) return first.every((value) => parseNumber(value) === null)
  const textOverNumbers = first.some(
    (value, column) =>
      parseNumber(value) === null &&
      !isMissing(value) &&
      following.some((row) => row[column] !== undefined && parseNumber(row[column]) !== null)
  )
  if (textOverNumbers) return true
  return first.every(
    (value, column) =>
      parseNumber(value) === null &&
      !isMissing(value) &&
      following.every((row) => row[column] !== value)
  )
}

/** Column names as imported: the header's (a blank one becomes `columnN`), or column1, column2, … */
export function columnNames(first: readonly string[], hasHeader: boolean): string[] {
  return first.map((name, index) => (hasHeader && name.trim()) || `column${index + 1}`)
}
