import { userError } from '../shared/errors'
import { LIMITS, overrideLimit, type Limit, type LimitName } from '../shared/limits'

/**
 * Applies the environment variables that raise (or lower) the lab's input limits, e.g.
 * `BACKPROP_LAB_MAX_MODEL_PARAMETERS=50000000`. Unset ones leave the limit as it is; a value
 * that is not a whole number above 0 is a user error naming the variable.
 */
export function applyLimitOverrides(env: NodeJS.ProcessEnv = process.env): void {
  for (const [name, limit] of Object.entries(LIMITS) as [LimitName, Limit][]) {
    const text = limit.env ? env[limit.env] : undefined
    if (text === undefined || text === '') continue
    const value = Number(text)
    if (!Number.isSafeInteger(value) || value < 1)
      throw userError('fault.limitValue', { env: limit.env ?? name, text })
    overrideLimit(name, value)
  }
}
