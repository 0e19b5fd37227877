import { initialSchema } from './001-init'
import { settingsAndRunNotes } from './002-settings'
import { trainingInternals } from './003-training-internals'
import { runClock } from './004-run-clock'

/** Every schema version in order; the database's `user_version` is how many have run. */
export const MIGRATIONS: readonly string[] = [
  initialSchema,
  settingsAndRunNotes,
  trainingInternals,
  runClock
]
