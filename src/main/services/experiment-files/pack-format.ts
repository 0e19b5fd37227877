/**
 * The experiment file (`.bplab`): one SQLite database holding datasets (their stored files, in
 * chunks, with a SHA-256 each), experiments, runs with their metrics, internals and checkpoints,
 * and an optional teacher's task. SQLite rather than a zip: the lab already reads and writes it
 * (no new dependency), a file is written in one transaction and checked page by page
 * (`quick_check`) when opened, and any run or checkpoint can be read without unpacking the rest;
 * `sqlite3 file.bplab` shows what is inside. Floats stay as the lab stores them (no compression
 * is lost: trained weights barely compress).
 */

/** The `format` a manifest names. */
export const PACK_FORMAT = 'backprop-lab/experiment'
/** The format version this build writes and the newest it reads. */
export const PACK_FORMAT_VERSION = 1
export { PACK_EXTENSION } from '../../../shared/model/experiment-file'
/** Bytes per chunk of a dataset file. */
export const CHUNK_BYTES = 8 * 1024 * 1024

/**
 * Rows of datasets, experiments and runs are kept as JSON of the lab's own columns (so a later
 * lab can read an earlier file and fill in what it lacks); the long per-epoch tables keep the
 * lab's columns as they are.
 */
export const PACK_SCHEMA = `
CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE datasets (id TEXT PRIMARY KEY, row TEXT NOT NULL);
CREATE TABLE dataset_files (
  dataset_id TEXT NOT NULL, name TEXT NOT NULL, bytes INTEGER NOT NULL, sha256 TEXT NOT NULL,
  PRIMARY KEY (dataset_id, name)
);
CREATE TABLE file_chunks (
  dataset_id TEXT NOT NULL, name TEXT NOT NULL, chunk INTEGER NOT NULL, data BLOB NOT NULL,
  PRIMARY KEY (dataset_id, name, chunk)
);
CREATE TABLE experiments (id TEXT PRIMARY KEY, row TEXT NOT NULL);
CREATE TABLE runs (id TEXT PRIMARY KEY, row TEXT NOT NULL);
CREATE TABLE metrics (
  run_id TEXT NOT NULL, epoch INTEGER NOT NULL, train_loss REAL NOT NULL, train_accuracy REAL,
  val_loss REAL, val_accuracy REAL, samples_per_second REAL NOT NULL, elapsed_ms REAL NOT NULL,
  PRIMARY KEY (run_id, epoch)
);
CREATE TABLE batch_losses (
  run_id TEXT NOT NULL, step INTEGER NOT NULL, loss REAL NOT NULL, PRIMARY KEY (run_id, step)
);
CREATE TABLE layer_epochs (
  run_id TEXT NOT NULL, epoch INTEGER NOT NULL, layer INTEGER NOT NULL,
  weight_gradient_norm REAL NOT NULL, bias_gradient_norm REAL NOT NULL, histogram TEXT,
  PRIMARY KEY (run_id, epoch, layer)
);
CREATE TABLE checkpoints (
  run_id TEXT NOT NULL, epoch INTEGER NOT NULL, parameters BLOB NOT NULL, optimizer BLOB NOT NULL,
  state TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (run_id, epoch)
);
`

/** The per-epoch tables copied column for column, and their columns. */
export const SERIES_TABLES = {
  metrics: [
    'run_id',
    'epoch',
    'train_loss',
    'train_accuracy',
    'val_loss',
    'val_accuracy',
    'samples_per_second',
    'elapsed_ms'
  ],
  batch_losses: ['run_id', 'step', 'loss'],
  layer_epochs: [
    'run_id',
    'epoch',
    'layer',
    'weight_gradient_norm',
    'bias_gradient_norm',
    'histogram'
  ],
  checkpoints: ['run_id', 'epoch', 'parameters', 'optimizer', 'state', 'created_at']
} as const

/** Run columns that belong to the process that trained it, never carried. */
export const LOCAL_RUN_COLUMNS = ['pid', 'heartbeat_at'] as const

/** What the manifest says (stored as one JSON value per key). */
export interface PackManifest {
  format: string
  formatVersion: number
  /** The app version and engine version that wrote it. */
  appVersion: string
  engineVersion: string
  createdAt: string
  /** How many rows each table holds: a file that lost rows is refused. */
  counts: Record<string, number>
  /** A teacher's task on one of the packed experiments, or null. */
  task: PackedTask | null
}

/** A task as packed: ids are the file's own. */
export interface PackedTask {
  experimentId: string
  datasetId: string | null
  config: object
  locked: string[]
  text: { en: string; 'zh-CN': string }
  target: object | null
}
