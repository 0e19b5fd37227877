import type { LabDatabase } from '../../db/lab-database'

/**
 * Gives a branch its parent's history up to the epoch it branched at: the per-epoch metrics and
 * layer internals (so its curves and Inspect's history start where the parent's do) and its
 * epochs done. Call inside the branch's creating transaction.
 */
export function copyInheritedHistory(
  db: LabDatabase,
  parentId: string,
  branchId: string,
  epoch: number
): void {
  const connection = db.connection
  connection
    .prepare(
      `INSERT INTO metrics (run_id, epoch, train_loss, train_accuracy, val_loss, val_accuracy,
         samples_per_second, elapsed_ms)
       SELECT ?, epoch, train_loss, train_accuracy, val_loss, val_accuracy, samples_per_second,
         elapsed_ms FROM metrics WHERE run_id = ? AND epoch <= ?`
    )
    .run(branchId, parentId, epoch)
  connection
    .prepare(
      `INSERT INTO layer_epochs (run_id, epoch, layer, weight_gradient_norm, bias_gradient_norm,
         histogram)
       SELECT ?, epoch, layer, weight_gradient_norm, bias_gradient_norm, histogram
       FROM layer_epochs WHERE run_id = ? AND epoch <= ?`
    )
    .run(branchId, parentId, epoch)
  connection.prepare('UPDATE runs SET epochs_done = ? WHERE id = ?').run(epoch, branchId)
}
