/** The most rows the Predict panel sends at once (main accepts up to 1000). */
export const MAX_PREDICT_ROWS = 1000

/** Why typed input rows cannot be sent, with what to name in the message. */
export type InputRowsProblem =
  | { kind: 'empty' }
  | { kind: 'notNumber'; row: number; value: number; text: string }
  | { kind: 'width'; row: number; got: number; expected: number }
  | { kind: 'tooMany'; max: number }

/** Parsed rows, or the first problem (rows and values counted from 1). */
export type ParsedInputRows = { rows: number[][] } | { problem: InputRowsProblem }

/**
 * Reads input rows as the command line's `--input` does (values separated by `,`, rows by `;`)
 * and also takes one row per line. The full-width `，` and `；` of Chinese keyboards count too.
 * Every row must have `width` numbers.
 */
export function parseInputRows(text: string, width: number): ParsedInputRows {
  const lines = text
    .replace(/，/g, ',')
    .split(/[;；\n]/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  if (lines.length === 0) return { problem: { kind: 'empty' } }
  if (lines.length > MAX_PREDICT_ROWS)
    return { problem: { kind: 'tooMany', max: MAX_PREDICT_ROWS } }
  const rows: number[][] = []
  for (const [rowIndex, line] of lines.entries()) {
    const parts = line.split(',').map((part) => part.trim())
    const row: number[] = []
    for (const [valueIndex, part] of parts.entries()) {
      const value = Number(part)
      if (part === '' || !Number.isFinite(value)) {
        return {
          problem: { kind: 'notNumber', row: rowIndex + 1, value: valueIndex + 1, text: part }
        }
      }
      row.push(value)
    }
    if (row.length !== width) {
      return { problem: { kind: 'width', row: rowIndex + 1, got: row.length, expected: width } }
    }
    rows.push(row)
  }
  return { rows }
}

/**
 * Rows written back as text, one per line (what "Use these rows" puts in the box). Dataset values
 * are stored as Float32, so each is written with the fewest digits that give the same Float32
 * (4.6, not 4.599999904632568).
 */
export function formatInputRows(rows: readonly (readonly number[])[]): string {
  return rows.map((row) => row.map(shortestFloat32).join(', ')).join('\n')
}

function shortestFloat32(value: number): string {
  const stored = Math.fround(value)
  for (let digits = 1; digits < 9; digits++) {
    const candidate = Number(value.toPrecision(digits))
    if (Math.fround(candidate) === stored) return String(candidate)
  }
  return String(Number(value.toPrecision(9)))
}
