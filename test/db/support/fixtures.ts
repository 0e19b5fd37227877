import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import type { DatasetSummary } from '../../../src/shared/model/dataset'
import type { NewDataset } from '../../../src/main/db/dataset-repo'
import type { LabDatabase } from '../../../src/main/db/lab-database'
import type { RunRecord } from '../../../src/main/db/run-repo'
import type { ImportedDataset } from '../../../src/main/services/datasets/imported-dataset'
import { completeRunConfig } from '../../../src/shared/model/run-defaults'

/** A fresh temp folder, removed when the test ends, and the path of a database file in it (not created yet). */
export function newDatabaseFile(): { folder: string; file: string } {
  const folder = mkdtempSync(join(tmpdir(), 'backprop-lab-db-'))
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }))
  return { folder, file: join(folder, 'lab.sqlite') }
}

/** A small two-feature, two-class dataset's metadata row. */
export function datasetRow(name: string): NewDataset {
  return {
    name,
    kind: 'csv',
    source: `/data/${name}.csv`,
    rows: 4,
    features: 2,
    inputShape: [2],
    featureNames: ['x', 'y'],
    classes: ['no', 'yes'],
    classCounts: [2, 2],
    targets: null,
    contentHash: `hash-of-${name}`,
    importKey: `csv:hash-of-${name}:{}`,
    statistics: { mean: [0, 0], std: [1, 1], min: [-1, -1], max: [1, 1] },
    audit: { duplicateRows: 0, constantFeatures: [] },
    skipped: [],
    notes: []
  }
}

/** The same dataset as an importer hands it to the dataset store. */
export function importedDataset(name: string): ImportedDataset {
  return {
    kind: 'csv',
    name,
    source: `/data/${name}.csv`,
    rows: 4,
    featureCount: 2,
    features: Float64Array.from([0.1, 2, -3.5, 4, 5, 6.25, 1e-7, -8]),
    featureNames: ['x', 'y'],
    inputShape: [2],
    classes: ['no', 'yes'],
    labels: Int32Array.from([0, 1, 1, 0]),
    targetNames: null,
    targets: null,
    rowSources: null,
    rowLines: Int32Array.from([2, 3, 5, 6]),
    skipped: [{ file: `${name}.csv`, line: 4, reason: 'missing value in column "y"' }],
    notes: [],
    contentHash: `hash-of-${name}`
  }
}

/** A run (with its experiment) on a dataset, in status `running`. */
export function insertRun(db: LabDatabase, dataset: DatasetSummary, pid = process.pid): RunRecord {
  const experiment = db.experiments.insert(`${dataset.name} experiment`, dataset.datasetId)
  return db.runs.insert({
    experimentId: experiment.experimentId,
    name: `${dataset.name} run`,
    datasetId: dataset.datasetId,
    config: completeRunConfig({ epochs: 5 }, dataset.rows),
    network: {
      inputSize: 2,
      loss: 'binary-cross-entropy',
      layers: [{ units: 1, activation: 'sigmoid', trainable: { weights: true, biases: true } }]
    },
    seed: 42,
    engineVersion: '1.0.0',
    dataHash: dataset.contentHash,
    pid
  })
}

/** Rows in a table for one run. */
export function countRows(db: LabDatabase, table: string, runId: string): number {
  const row = db.connection
    .prepare(`SELECT count(*) AS n FROM ${table} WHERE run_id = ?`)
    .get(runId) as {
    n: number
  }
  return row.n
}
