import { nextId, type SqliteConnection } from './connection'

/** An experiment: a named line of runs on one dataset. */
export interface ExperimentRecord {
  experimentId: string
  name: string
  datasetId: string | null
  notes: string
  tags: string[]
  createdAt: string
}

interface ExperimentRow {
  id: string
  name: string
  dataset_id: string | null
  notes: string
  tags: string
  created_at: string
}

/** Reads and writes `experiments`. */
export class ExperimentRepo {
  constructor(private readonly database: SqliteConnection) {}

  /** Creates an experiment under a fresh id (`e1`, `e2`, …). */
  insert(name: string, datasetId: string): ExperimentRecord {
    const id = nextId(this.database, 'e')
    this.database
      .prepare('INSERT INTO experiments (id, name, dataset_id, created_at) VALUES (?, ?, ?, ?)')
      .run(id, name, datasetId, new Date().toISOString())
    return this.get(id)!
  }

  get(id: string): ExperimentRecord | undefined {
    const row = this.database.prepare('SELECT * FROM experiments WHERE id = ?').get(id) as
      ExperimentRow | undefined
    return row && toRecord(row)
  }

  list(): ExperimentRecord[] {
    return (
      this.database
        .prepare('SELECT * FROM experiments ORDER BY created_at, rowid')
        .all() as ExperimentRow[]
    ).map(toRecord)
  }

  /** Sets an experiment's notes and tags. */
  annotate(id: string, notes: string, tags: readonly string[]): void {
    this.database
      .prepare('UPDATE experiments SET notes = ?, tags = ? WHERE id = ?')
      .run(notes, JSON.stringify(tags), id)
  }
}

function toRecord(row: ExperimentRow): ExperimentRecord {
  return {
    experimentId: row.id,
    name: row.name,
    datasetId: row.dataset_id,
    notes: row.notes,
    tags: JSON.parse(row.tags),
    createdAt: row.created_at
  }
}
