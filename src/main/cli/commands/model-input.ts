import { UserError } from '../../../shared/errors'

/**
 * Runs model math on user-given rows, turning the engine's shape complaints into user errors
 * that name the option: `--input row 2: expected 4 values, got 3`.
 */
export function modelInputError<T>(work: () => T): T {
  try {
    return work()
  } catch (error) {
    if (error instanceof Error && /^(input|target) row \d+/.test(error.message)) {
      throw new UserError(`--${error.message}`)
    }
    if (error instanceof Error && /^got \d+ input rows/.test(error.message))
      throw new UserError(error.message)
    throw error
  }
}
