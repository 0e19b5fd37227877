/** One batch's cost: batches since the run began, and J of that batch before its update. */
export interface BatchLossPoint {
  step: number
  loss: number
}

/**
 * The live per-batch cost curve, kept to at most `maxPoints`: when full, every other point is
 * dropped and from then on only every `stride`-th incoming point is kept, so the curve stays
 * evenly spaced however long the run is.
 */
export class BatchLossSeries {
  /** The kept points, in step order (a plain array: safe to hand to Chart.js copies of). */
  readonly points: BatchLossPoint[] = []
  /** Keep one incoming point in this many. */
  stride = 1
  private skipped = 0

  constructor(private readonly maxPoints: number) {}

  /** Adds a batch cost; returns whether the series changed (non-finite costs are ignored). */
  add(point: BatchLossPoint): boolean {
    if (!Number.isFinite(point.loss)) return false
    if (++this.skipped < this.stride) return false
    this.skipped = 0
    this.points.push(point)
    if (this.points.length > this.maxPoints) this.halve()
    return true
  }

  /**
   * Adds finished epochs' stored costs (in step order). Points from `step` on that were added
   * before (the latest costs of earlier updates, a sample of the same batches) are dropped first,
   * so the series stays in step order. Returns whether the series changed.
   */
  addStored(points: readonly BatchLossPoint[]): boolean {
    if (points.length === 0) return false
    let changed = false
    while (this.points.length > 0 && this.points[this.points.length - 1].step >= points[0].step) {
      this.points.pop()
      changed = true
    }
    for (const point of points) changed = this.add(point) || changed
    return changed
  }

  /** Replaces the series (a stored run's thinned losses). */
  reset(points: readonly BatchLossPoint[] = []): void {
    this.points.length = 0
    this.stride = 1
    this.skipped = 0
    for (const point of points) this.add(point)
  }

  private halve(): void {
    let kept = 0
    for (let index = 0; index < this.points.length; index += 2)
      this.points[kept++] = this.points[index]
    this.points.length = kept
    this.stride *= 2
  }
}
