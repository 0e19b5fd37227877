import { UserError } from '../../../shared/errors'

/**
 * Runs model math on user-given rows, turning the engine's shape complaints ("input row 2:
 * expected 4 values, got 3") into user errors.
 */
export function modelInputError<T>(work: () => T): T {
  try {
    return work()
  } catch (error) {
    if (error instanceof Error && /^(input|target) row \d+|^got \d+ input rows/.test(error.message)) {
      throw new UserError(error.message)
    }
    throw error
  }
}
