import { CheckpointKeeper } from '../../../shared/model/checkpoint-rule'
import {
  EarlyStoppingWatch,
  EARLY_STOPPING_DEFAULTS,
  replayWatch,
  type EarlyStoppingConfig
} from '../../../shared/model/early-stopping'
import type { RunConfig } from '../../../shared/model/run'
import type { EpochMetrics } from '../../../shared/model/training'
import type { LabDatabase } from '../../db/lab-database'
import type { ResumeState } from '../../worker/protocol'

/** Bytes in the MB of a checkpoint budget. */
export const BYTES_PER_MB = 1_000_000

/** One training run's thinning: which stored checkpoints stay as epochs arrive. */
interface RunKeeping {
  keeper: CheckpointKeeper | null
  /** The best epoch by validation loss, and by the figure early stopping watches (if another). */
  watches: EarlyStoppingWatch[]
}

/**
 * Stores the checkpoints of the runs training in this process that the run's rule keeps, and
 * deletes the stored ones it no longer keeps (see checkpoint-rule.ts): every epoch within the
 * run's budget, a doubling stride beyond it, always the last three and the best by validation
 * loss (and by the figure early stopping watches, whose weights it may restore).
 */
export class CheckpointKeeping {
  private readonly runs = new Map<string, RunKeeping>()

  constructor(private readonly db: LabDatabase) {}

  /** Starts keeping a run's checkpoints, continuing from what it has stored. */
  begin(runId: string, config: RunConfig): void {
    const stored = this.db.metrics.epochs(runId)
    const last = stored.at(-1)?.epoch ?? 0
    const monitors: EarlyStoppingConfig[] = [{ ...EARLY_STOPPING_DEFAULTS, monitor: 'val-loss' }]
    if (config.earlyStopping && config.earlyStopping.monitor !== 'val-loss')
      monitors.push(config.earlyStopping)
    this.runs.set(runId, {
      keeper: null,
      watches: monitors.map(
        (monitor) => new EarlyStoppingWatch(monitor, replayWatch(monitor, stored, last))
      )
    })
  }

  /**
   * Stores a group of epochs' checkpoints (inside the group's transaction) and thins the others.
   * The rule is asked epoch by epoch, as if each were stored in turn, but a checkpoint the rule
   * drops within the group is never written: a tiny network finishing a hundred epochs a second
   * keeps the last three of each group and the stride's multiples, and writes only those.
   */
  store(
    runId: string,
    config: RunConfig,
    group: readonly { checkpoint: ResumeState; metrics: EpochMetrics | null }[]
  ): void {
    const keeping = this.runs.get(runId)
    if (!keeping) throw new Error(`run ${runId}: its checkpoints were not begun`)
    keeping.keeper ??= new CheckpointKeeper(
      config.checkpointBudgetMb * BYTES_PER_MB,
      this.db.checkpoints.bytesEach(runId),
      this.db.checkpoints.epochs(runId),
      []
    )
    const unwritten = new Map<number, ResumeState>()
    const dropped: number[] = []
    for (const { checkpoint, metrics } of group) {
      unwritten.set(checkpoint.completedEpochs, checkpoint)
      if (metrics) for (const watch of keeping.watches) watch.observe(metrics.epoch, metrics)
      const best = keeping.watches.flatMap((watch) => (watch.best ? [watch.best.bestEpoch] : []))
      const bytes = checkpointBytes(checkpoint)
      for (const epoch of keeping.keeper.add(checkpoint.completedEpochs, best, bytes)) {
        unwritten.delete(epoch)
        dropped.push(epoch)
      }
    }
    // Most dropped epochs were never written: deleting them finds no row (an index lookup).
    this.db.checkpoints.delete(runId, dropped)
    for (const checkpoint of unwritten.values())
      this.db.checkpoints.save(runId, {
        epoch: checkpoint.completedEpochs,
        precision: config.precision,
        parameters: checkpoint.parameters as Float32Array[] | Float64Array[],
        optimizerStep: checkpoint.optimizerStep,
        optimizerSlots: checkpoint.optimizerSlots,
        rng: checkpoint.rng
      })
  }

  /** Stops keeping a run (it ended). */
  end(runId: string): void {
    this.runs.delete(runId)
  }
}

/** Bytes of a checkpoint's weights and optimizer state (what the budget counts). */
function checkpointBytes(checkpoint: ResumeState): number {
  return [...checkpoint.parameters, ...checkpoint.optimizerSlots.flat()].reduce(
    (sum, array) => sum + array.byteLength,
    0
  )
}
