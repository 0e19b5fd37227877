/**
 * Per-epoch training internals for the Inspect screen: each layer's mean gradient norms over the
 * epoch's batches, and (on some epochs, see the worker's `recordsHistogram`) a histogram of W(l).
 */
export const trainingInternals = `
CREATE TABLE layer_epochs (
  run_id               TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  epoch                INTEGER NOT NULL,
  layer                INTEGER NOT NULL,  -- 1-based
  weight_gradient_norm REAL NOT NULL,     -- mean over the epoch's batches of ‖∂J/∂W(l)‖ (Frobenius)
  bias_gradient_norm   REAL NOT NULL,     -- mean over the epoch's batches of ‖∂J/∂b(l)‖
  histogram            TEXT,              -- JSON {min, max, counts} of W(l) at the epoch's end, or NULL
  PRIMARY KEY (run_id, epoch, layer)
) WITHOUT ROWID;
`
