import type { DatasetSummary } from '../../shared/model/dataset'
import { nextId, type SqliteConnection } from './connection'

interface DatasetRow {
  id: string
  name: string
  kind: DatasetSummary['kind']
  source: string
  rows: number
  features: number
  input_shape: string
  feature_names: string
  classes: string | null
  target_names: string | null
  class_counts: string | null
  content_hash: string
  import_key: string
  statistics: string
  audit: string
  skipped: string
  notes: string
  created_at: string
}

/** A dataset's metadata row; the arrays live in files named after its id. */
export type NewDataset = Omit<DatasetSummary, 'datasetId' | 'createdAt'> & { importKey: string }

/** Reads and writes the `datasets` table. */
export class DatasetRepo {
  constructor(private readonly database: SqliteConnection) {}

  /** Inserts a dataset under a fresh id (`d1`, `d2`, …) and returns it. */
  insert(
    dataset: NewDataset,
    id = nextId(this.database, 'd'),
    createdAt = new Date().toISOString()
  ): DatasetSummary {
    this.database
      .prepare(
        `INSERT INTO datasets (id, name, kind, source, rows, features, input_shape, feature_names,
           classes, target_names, class_counts, content_hash, import_key, statistics, audit, skipped,
           notes, created_at)
         VALUES (@id, @name, @kind, @source, @rows, @features, @input_shape, @feature_names,
           @classes, @target_names, @class_counts, @content_hash, @import_key, @statistics, @audit,
           @skipped, @notes, @created_at)`
      )
      .run({
        id,
        name: dataset.name,
        kind: dataset.kind,
        source: dataset.source,
        rows: dataset.rows,
        features: dataset.features,
        input_shape: JSON.stringify(dataset.inputShape),
        feature_names: JSON.stringify(dataset.featureNames),
        classes: dataset.classes ? JSON.stringify(dataset.classes) : null,
        target_names: dataset.targets ? JSON.stringify(dataset.targets) : null,
        class_counts: dataset.classCounts ? JSON.stringify(dataset.classCounts) : null,
        content_hash: dataset.contentHash,
        import_key: dataset.importKey,
        statistics: JSON.stringify(dataset.statistics),
        audit: JSON.stringify(dataset.audit),
        skipped: JSON.stringify(dataset.skipped),
        notes: JSON.stringify(dataset.notes),
        created_at: createdAt
      })
    return this.get(id)!
  }

  /** The dataset with this id, or undefined. */
  get(id: string): DatasetSummary | undefined {
    const row = this.database.prepare('SELECT * FROM datasets WHERE id = ?').get(id) as
      DatasetRow | undefined
    return row && toSummary(row)
  }

  /** The dataset imported before from the same content with the same options. */
  findByImportKey(importKey: string): DatasetSummary | undefined {
    const row = this.database
      .prepare('SELECT * FROM datasets WHERE import_key = ?')
      .get(importKey) as DatasetRow | undefined
    return row && toSummary(row)
  }

  /** The import key a dataset was stored under (its content hash and shaping options), or undefined. */
  importKey(id: string): string | undefined {
    const row = this.database.prepare('SELECT import_key FROM datasets WHERE id = ?').get(id) as
      { import_key: string } | undefined
    return row?.import_key
  }

  /** True when a stored dataset was imported from exactly this path. */
  hasSource(source: string): boolean {
    return (
      this.database.prepare('SELECT 1 FROM datasets WHERE source = ?').get(source) !== undefined
    )
  }

  /** Every dataset, oldest first. */
  list(): DatasetSummary[] {
    const rows = this.database
      .prepare('SELECT * FROM datasets ORDER BY created_at, rowid')
      .all() as DatasetRow[]
    return rows.map(toSummary)
  }

  /** Renames a dataset. */
  rename(id: string, name: string): void {
    this.database.prepare('UPDATE datasets SET name = ? WHERE id = ?').run(name, id)
  }

  /** Removes a dataset's row (its runs keep their numbers, with no dataset). */
  delete(id: string): void {
    this.database.prepare('DELETE FROM datasets WHERE id = ?').run(id)
  }
}

function toSummary(row: DatasetRow): DatasetSummary {
  return {
    datasetId: row.id,
    name: row.name,
    kind: row.kind,
    source: row.source,
    rows: row.rows,
    features: row.features,
    inputShape: JSON.parse(row.input_shape),
    featureNames: JSON.parse(row.feature_names),
    classes: row.classes ? JSON.parse(row.classes) : null,
    classCounts: row.class_counts ? JSON.parse(row.class_counts) : null,
    targets: row.target_names ? JSON.parse(row.target_names) : null,
    contentHash: row.content_hash,
    statistics: JSON.parse(row.statistics),
    audit: JSON.parse(row.audit),
    skipped: JSON.parse(row.skipped),
    notes: JSON.parse(row.notes),
    createdAt: row.created_at
  }
}
