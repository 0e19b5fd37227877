import { userError, type UserError } from '../../../shared/errors'

/**
 * Runs model math on user-given rows, turning the engine's shape complaints into user errors
 * that name the option: `--input row 2: expected 4 values, got 3`.
 */
export function modelInputError<T>(work: () => T): T {
  try {
    return work()
  } catch (error) {
    throw (error instanceof Error && rowsRefusal(error.message)) || error
  }
}

/** The engine's complaint about given rows (tensor/from-rows.ts, batches.ts) as a user error. */
function rowsRefusal(text: string): UserError | null {
  const width = /^(input|target) row (\d+): expected (\d+) values, got (\d+)$/.exec(text)
  if (width) {
    const [, option, row, expected, got] = width
    return userError('cli.rowWidth', {
      option: option as 'input' | 'target',
      row: Number(row),
      expected: Number(expected),
      got: Number(got)
    })
  }
  const value = /^(input|target) row (\d+), value (\d+): not a finite number$/.exec(text)
  if (value) {
    const [, option, row, column] = value
    return userError('cli.rowValue', {
      option: option as 'input' | 'target',
      row: Number(row),
      value: Number(column)
    })
  }
  const counts = /^got (\d+) input rows but (\d+) target rows$/.exec(text)
  if (counts)
    return userError('cli.rowCounts', { inputs: Number(counts[1]), targets: Number(counts[2]) })
  return null
}
