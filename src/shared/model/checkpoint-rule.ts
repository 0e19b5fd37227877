/**
 * Which epochs keep a checkpoint (weights, optimizer state and Rng, enough to continue or branch
 * from there exactly). Every epoch while the run's checkpoints fit its storage budget; when they
 * no longer do, only every 2nd epoch, then every 4th, 8th, … (the stride doubles each time the
 * budget fills, so the kept epochs stay evenly spread over the whole run). Epoch 0 (the initial
 * weights) is a multiple of every stride; the last three epochs and the best epochs (by
 * validation loss, and by the figure early stopping watches) are always kept besides.
 */

/** The storage a run's checkpoints may take when the user says nothing (MB = 10⁶ bytes). */
export const DEFAULT_CHECKPOINT_BUDGET_MB = 50
/** The newest epochs always kept. */
export const KEEP_LATEST = 3
/** Slots held back from the budget for the latest epochs and the (up to two) best ones. */
const RESERVED = KEEP_LATEST + 2

/** Evenly spread checkpoints the budget leaves room for (at least one: epoch 0). */
export function spreadCapacity(budgetBytes: number, checkpointBytes: number): number {
  return Math.max(1, Math.floor(budgetBytes / Math.max(1, checkpointBytes)) - RESERVED)
}

/**
 * The stride after `epochs` epochs: the smallest power of two s for which epochs 0, s, 2s, … up
 * to `epochs` fit the spread capacity.
 */
export function checkpointStride(
  budgetBytes: number,
  checkpointBytes: number,
  epochs: number
): number {
  const capacity = spreadCapacity(budgetBytes, checkpointBytes)
  let stride = 1
  while (Math.floor(epochs / stride) + 1 > capacity && stride < 2 ** 40) stride *= 2
  return stride
}

/** True when `epoch` keeps its checkpoint after `latest` epochs (see the module's rule). */
export function keepsCheckpoint(
  epoch: number,
  latest: number,
  stride: number,
  bestEpochs: readonly number[]
): boolean {
  return epoch % stride === 0 || epoch > latest - KEEP_LATEST || bestEpochs.includes(epoch)
}

/** What a run page says of its checkpoints. */
export interface CheckpointFacts {
  /** Epochs with a stored checkpoint, ascending (exact to scrub and to branch from). */
  epochs: number[]
  budgetBytes: number
  /** Bytes of one checkpoint (weights and optimizer state). */
  checkpointBytes: number
  /** Every `stride`-th epoch is kept now. */
  stride: number
}

/**
 * Decides, as each epoch's checkpoint is stored, which stored ones to delete. It keeps the
 * stored epochs and the best figures in memory, so a tiny network storing a thousand epochs a
 * second does one small delete per epoch, and a full sweep only when the stride doubles.
 */
export class CheckpointKeeper {
  private readonly stored: Set<number>
  private stride: number
  private latest: number

  constructor(
    private readonly budgetBytes: number,
    private checkpointBytes: number,
    stored: readonly number[],
    private bestEpochs: number[]
  ) {
    this.stored = new Set(stored)
    this.latest = Math.max(0, ...stored)
    this.stride = checkpointStride(budgetBytes, checkpointBytes, this.latest)
  }

  /**
   * The epochs whose checkpoints to delete now that `epoch`'s (of `bytes`) is stored, with these
   * best epochs. The largest checkpoint counts (an optimizer's state appears after its first step).
   */
  add(epoch: number, bestEpochs: readonly number[], bytes = this.checkpointBytes): number[] {
    this.checkpointBytes = Math.max(this.checkpointBytes, bytes)
    this.stored.add(epoch)
    this.latest = Math.max(this.latest, epoch)
    const stride = checkpointStride(this.budgetBytes, this.checkpointBytes, this.latest)
    const formerBest = this.bestEpochs
    this.bestEpochs = [...bestEpochs]
    const candidates =
      stride !== this.stride
        ? [...this.stored]
        : [this.latest - KEEP_LATEST, ...formerBest.filter((best) => !bestEpochs.includes(best))]
    this.stride = stride
    const deleted = candidates.filter(
      (candidate) =>
        this.stored.has(candidate) &&
        !keepsCheckpoint(candidate, this.latest, stride, this.bestEpochs)
    )
    for (const candidate of deleted) this.stored.delete(candidate)
    return deleted
  }
}
