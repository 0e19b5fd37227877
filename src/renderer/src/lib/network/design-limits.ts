import type { LockableSetting } from '@shared/model/task'

/** The fewest and most units a hidden layer may have in the designer. */
export const UNIT_LIMITS = { min: 1, max: 4096 } as const

/** The most hidden layers the designer adds (main accepts no more than 64). */
export const MAX_HIDDEN_LAYERS = 32

/** The units a typed value stands for, or null when it is not a whole number within the limits. */
export function parseUnits(text: string): number | null {
  const value = Number(text.trim())
  if (text.trim() === '' || !Number.isInteger(value)) return null
  return value >= UNIT_LIMITS.min && value <= UNIT_LIMITS.max ? value : null
}

/** The settings a teacher's task may lock that the Network screen designs. */
export const NETWORK_LOCKS = [
  'hidden',
  'activation',
  'output',
  'loss',
  'init'
] as const satisfies readonly LockableSetting[]
