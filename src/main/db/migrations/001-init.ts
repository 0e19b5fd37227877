/** The first schema: datasets, experiments, runs, their metrics and checkpoints. */
export const initialSchema = `
CREATE TABLE datasets (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('csv', 'images', 'idx', 'generated')),
  source        TEXT NOT NULL,
  rows          INTEGER NOT NULL,
  features      INTEGER NOT NULL,
  input_shape   TEXT NOT NULL,   -- JSON number[]
  feature_names TEXT NOT NULL,   -- JSON string[]
  classes       TEXT,            -- JSON string[] or NULL (regression)
  target_names  TEXT,            -- JSON string[] or NULL (classification)
  class_counts  TEXT,            -- JSON number[] (rows per class) or NULL
  content_hash  TEXT NOT NULL,   -- SHA-256 of the source content
  import_key    TEXT NOT NULL UNIQUE, -- content hash + import options: same key, same dataset
  statistics    TEXT NOT NULL,   -- JSON per-feature mean/std/min/max
  audit         TEXT NOT NULL,   -- JSON duplicates, constant columns
  skipped       TEXT NOT NULL,   -- JSON [{file, line?, reason}]
  notes         TEXT NOT NULL,   -- JSON string[]
  created_at    TEXT NOT NULL
);

CREATE TABLE experiments (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  dataset_id    TEXT REFERENCES datasets(id) ON DELETE SET NULL,
  notes         TEXT NOT NULL DEFAULT '',
  tags          TEXT NOT NULL DEFAULT '[]',
  created_at    TEXT NOT NULL
);

CREATE TABLE runs (
  id             TEXT PRIMARY KEY,
  experiment_id  TEXT NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
  name           TEXT NOT NULL,
  dataset_id     TEXT REFERENCES datasets(id) ON DELETE SET NULL,
  status         TEXT NOT NULL CHECK (status IN ('running', 'completed', 'stopped', 'interrupted', 'failed')),
  config         TEXT NOT NULL,  -- JSON RunConfig, defaults filled in
  network        TEXT NOT NULL,  -- JSON NetworkSpec
  seed           INTEGER NOT NULL,
  engine_version TEXT NOT NULL,
  data_hash      TEXT NOT NULL,
  preprocessing  TEXT,           -- JSON Preprocessing or NULL
  epochs_done    INTEGER NOT NULL DEFAULT 0,
  model          TEXT,           -- JSON model file of the final weights
  summary        TEXT,           -- JSON final evaluation (confusion matrices, test metrics)
  error          TEXT,
  pid            INTEGER,
  started_at     TEXT NOT NULL,
  ended_at       TEXT,
  heartbeat_at   TEXT
);
CREATE INDEX runs_by_experiment ON runs(experiment_id);
CREATE INDEX runs_by_status ON runs(status);

CREATE TABLE metrics (
  run_id             TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  epoch              INTEGER NOT NULL,
  train_loss         REAL NOT NULL,
  train_accuracy     REAL,
  val_loss           REAL,
  val_accuracy       REAL,
  samples_per_second REAL NOT NULL,
  elapsed_ms         REAL NOT NULL,
  PRIMARY KEY (run_id, epoch)
) WITHOUT ROWID;

CREATE TABLE batch_losses (
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  step   INTEGER NOT NULL,       -- 1-based batch count since the run started
  loss   REAL NOT NULL,
  PRIMARY KEY (run_id, step)
) WITHOUT ROWID;

CREATE TABLE checkpoints (
  run_id     TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  epoch      INTEGER NOT NULL,
  parameters BLOB NOT NULL,      -- W(1), b(1), W(2), … as little-endian floats of the run's precision
  optimizer  BLOB NOT NULL,      -- optimizer slots, same encoding
  state      TEXT NOT NULL,      -- JSON: optimizer step, rng state, array lengths
  created_at TEXT NOT NULL,
  PRIMARY KEY (run_id, epoch)
) WITHOUT ROWID;

CREATE TABLE counters (
  name  TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
`
