import { initialSchema } from './001-init'
import { settingsAndRunNotes } from './002-settings'

/** Every schema version in order; the database's `user_version` is how many have run. */
export const MIGRATIONS: readonly string[] = [initialSchema, settingsAndRunNotes]
