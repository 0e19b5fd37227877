import type { Precision } from '../../shared/model/network'
import { prepared, type SqliteConnection } from './connection'

/** A saved training state: enough to continue an interrupted run bit for bit. */
export interface Checkpoint {
  epoch: number
  precision: Precision
  /** W(1), b(1), W(2), b(2), … */
  parameters: Float32Array[] | Float64Array[]
  optimizerStep: number
  /** Optimizer buffers per parameter (empty lists for plain SGD or untouched parameters). */
  optimizerSlots: (Float32Array | Float64Array)[][]
  /** The shuffling Rng's state (JSON-safe). */
  rng: unknown
}

interface CheckpointState {
  precision: Precision
  parameterLengths: number[]
  slotLengths: number[][]
  optimizerStep: number
  rng: unknown
}

/** Reads and writes `checkpoints` (weights and optimizer state as BLOBs). */
export class CheckpointRepo {
  constructor(private readonly database: SqliteConnection) {}

  /**
   * Stores a checkpoint (call inside the epoch's transaction); which ones to keep is the
   * training service's choice (see checkpoint-rule.ts), made through `delete`.
   */
  save(runId: string, checkpoint: Checkpoint): void {
    const state: CheckpointState = {
      precision: checkpoint.precision,
      parameterLengths: checkpoint.parameters.map((values) => values.length),
      slotLengths: checkpoint.optimizerSlots.map((slots) => slots.map((slot) => slot.length)),
      optimizerStep: checkpoint.optimizerStep,
      rng: checkpoint.rng
    }
    prepared(
      this.database,
      `INSERT OR REPLACE INTO checkpoints (run_id, epoch, parameters, optimizer, state, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`
    ).run(
      runId,
      checkpoint.epoch,
      concatenate(checkpoint.parameters),
      concatenate(checkpoint.optimizerSlots.flat()),
      JSON.stringify(state),
      new Date().toISOString()
    )
  }

  /** Deletes the checkpoints of these epochs. */
  delete(runId: string, epochs: readonly number[]): void {
    const remove = prepared(this.database, 'DELETE FROM checkpoints WHERE run_id = ? AND epoch = ?')
    for (const epoch of epochs) remove.run(runId, epoch)
  }

  /** The newest checkpoint of a run, or undefined. */
  latest(runId: string): Checkpoint | undefined {
    const row = this.database
      .prepare(
        'SELECT epoch, parameters, optimizer, state FROM checkpoints WHERE run_id = ? ORDER BY epoch DESC LIMIT 1'
      )
      .get(runId) as CheckpointRow | undefined
    return row && toCheckpoint(row)
  }

  /** The checkpoint of one epoch, or undefined when that epoch has none. */
  at(runId: string, epoch: number): Checkpoint | undefined {
    const row = prepared(
      this.database,
      'SELECT epoch, parameters, optimizer, state FROM checkpoints WHERE run_id = ? AND epoch = ?'
    ).get(runId, epoch) as CheckpointRow | undefined
    return row && toCheckpoint(row)
  }

  /** Bytes of the run's newest checkpoint (weights and optimizer state), 0 without one. */
  bytesEach(runId: string): number {
    const row = this.database
      .prepare(
        `SELECT length(parameters) + length(optimizer) AS bytes FROM checkpoints
         WHERE run_id = ? ORDER BY epoch DESC LIMIT 1`
      )
      .get(runId) as { bytes: number } | undefined
    return row?.bytes ?? 0
  }

  /** Epoch numbers that have a checkpoint. */
  epochs(runId: string): number[] {
    return (
      this.database
        .prepare('SELECT epoch FROM checkpoints WHERE run_id = ? ORDER BY epoch')
        .all(runId) as { epoch: number }[]
    ).map((row) => row.epoch)
  }
}

interface CheckpointRow {
  epoch: number
  parameters: Buffer
  optimizer: Buffer
  state: string
}

function toCheckpoint(row: CheckpointRow): Checkpoint {
  const state = JSON.parse(row.state) as CheckpointState
  const parameters = split(row.parameters, state.parameterLengths, state.precision)
  const flatSlots = split(row.optimizer, state.slotLengths.flat(), state.precision)
  let next = 0
  const optimizerSlots = state.slotLengths.map((lengths) => lengths.map(() => flatSlots[next++]))
  return {
    epoch: row.epoch,
    precision: state.precision,
    parameters: parameters as Float32Array[] | Float64Array[],
    optimizerStep: state.optimizerStep,
    optimizerSlots,
    rng: state.rng
  }
}

/** The arrays' bytes one after another. */
function concatenate(arrays: readonly (Float32Array | Float64Array)[]): Buffer {
  return Buffer.concat(
    arrays.map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength))
  )
}

/** Cuts a BLOB back into arrays of the given lengths (copied, so they are aligned). */
function split(
  blob: Buffer,
  lengths: readonly number[],
  precision: Precision
): (Float32Array | Float64Array)[] {
  const bytesPerValue = precision === 'f64' ? 8 : 4
  let offset = 0
  return lengths.map((length) => {
    const bytes = blob.subarray(offset, offset + length * bytesPerValue)
    offset += length * bytesPerValue
    const copy = new Uint8Array(bytes)
    return precision === 'f64' ? new Float64Array(copy.buffer) : new Float32Array(copy.buffer)
  })
}
