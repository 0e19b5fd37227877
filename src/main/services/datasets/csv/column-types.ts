import { isMissing, parseNumber, sortClassValues } from './values'

/** How a feature column becomes model inputs. */
export type ColumnRole =
  | { kind: 'numeric' }
  /** One-hot: one input per category, in `categories` order. */
  | { kind: 'categorical'; categories: string[] }
  /** Left out: empty (0 values), or text with too many distinct values (ids or names). */
  | { kind: 'ignored'; distinctValues: number }

/** A text column with at most this many distinct values is one-hot encoded. */
const MAX_CATEGORIES = 20
/** A column this numeric (share of non-missing values) is numeric; its few text values are bad rows. */
const MOSTLY_NUMERIC = 0.9

/** Decides a feature column's role from its values (missing values aside). */
export function columnRole(values: readonly string[], decimalComma: boolean): ColumnRole {
  let numeric = 0
  let present = 0
  const distinct = new Set<string>()
  for (const value of values) {
    if (isMissing(value)) continue
    present++
    if (parseNumber(value, decimalComma) !== null) numeric++
    else distinct.add(value.trim())
  }
  if (present === 0) return { kind: 'ignored', distinctValues: 0 }
  if (numeric / present >= MOSTLY_NUMERIC) return { kind: 'numeric' }
  const categories = new Set(
    values.filter((value) => !isMissing(value)).map((value) => value.trim())
  )
  if (categories.size <= MAX_CATEGORIES && categories.size < present) {
    return { kind: 'categorical', categories: sortClassValues(categories) }
  }
  return { kind: 'ignored', distinctValues: categories.size }
}

/** True when every present value is a whole number (class codes) rather than a measurement. */
export function allWholeNumbers(values: readonly string[], decimalComma: boolean): boolean {
  return values.every((value) => {
    if (isMissing(value)) return true
    const number = parseNumber(value, decimalComma)
    return number !== null && Number.isInteger(number)
  })
}

/** True when every present value parses as a number. */
export function allNumbers(values: readonly string[], decimalComma: boolean): boolean {
  return values.every((value) => isMissing(value) || parseNumber(value, decimalComma) !== null)
}
