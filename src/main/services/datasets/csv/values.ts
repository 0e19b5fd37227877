/** Text values that mean "no value here" in the CSV files people export. */
const MISSING_TOKENS = new Set(['', 'na', 'n/a', 'nan', 'null', 'none', '?', '#n/a'])

const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/
const DECIMAL_COMMA_PATTERN = /^[+-]?\d+,\d+$/

/** True for an empty or placeholder field ("", NA, NaN, ?, null, …). */
export function isMissing(text: string): boolean {
  return MISSING_TOKENS.has(text.trim().toLowerCase())
}

/**
 * The number a field holds, or null when it is not a plain decimal number. With `decimalComma`
 * (semicolon-separated European files) "3,14" reads as 3.14.
 */
export function parseNumber(text: string, decimalComma = false): number | null {
  const trimmed = text.trim()
  if (NUMBER_PATTERN.test(trimmed)) return Number(trimmed)
  if (decimalComma && DECIMAL_COMMA_PATTERN.test(trimmed)) return Number(trimmed.replace(',', '.'))
  return null
}

/** Sorts class values: numerically when all are numbers ("2" before "10"), else by text. */
export function sortClassValues(values: Iterable<string>): string[] {
  const list = [...values]
  const allNumeric = list.every((value) => parseNumber(value) !== null)
  return allNumeric
    ? list.sort((a, b) => Number(a) - Number(b))
    : list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
