import type Database from 'better-sqlite3'

/** The file's ids → the lab's new ids. */
export interface IdMaps {
  datasets: Map<string, string>
  experiments: Map<string, string>
  runs: Map<string, string>
  races: Map<string, string>
}

/**
 * Inserts a row given as JSON of its columns, with some columns replaced (new ids): only the
 * columns the lab's table has are written, so a file from an earlier lab (fewer columns) takes
 * the table's defaults for the rest.
 */
export function insertRow(
  db: Database.Database,
  table: string,
  row: Record<string, unknown>,
  replaced: Record<string, unknown>
): void {
  const known = new Set(
    (db.pragma(`table_info(${table})`) as { name: string }[]).map((column) => column.name)
  )
  const values = { ...row, ...replaced }
  const columns = Object.keys(values).filter((column) => known.has(column))
  db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
  ).run(...columns.map((column) => values[column]))
}
