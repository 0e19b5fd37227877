import type { SqliteConnection } from './connection'

/** Reads and writes JSON values in the `settings` table. */
export class SettingsRepo {
  constructor(private readonly database: SqliteConnection) {}

  /** The value stored under `key`, or null. */
  get<T>(key: string): T | null {
    const row = this.database.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
      { value: string } | undefined
    return row ? (JSON.parse(row.value) as T) : null
  }

  set(key: string, value: unknown): void {
    this.database
      .prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'
      )
      .run(key, JSON.stringify(value))
  }
}
