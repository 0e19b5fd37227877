import { copyParameters, restoreParameters, type Evaluation, type Network } from '../engine'
import {
  EarlyStoppingWatch,
  type EarlyStop,
  type EarlyStoppingConfig
} from '../../shared/model/early-stopping'
import type { TrainingJob } from './protocol'

/**
 * Early stopping inside a run: watches each epoch's validation figure, keeps the best epoch's
 * weights (to restore at the end), and decides the stop after `patience` epochs without one.
 */
export class EarlyStopKeeper {
  private readonly watch: EarlyStoppingWatch | null
  private bestParameters: (Float32Array | Float64Array)[] | null
  /** The stop, once decided (null: none). */
  stop: EarlyStop | null = null

  constructor(config: EarlyStoppingConfig | null, resumed: TrainingJob['watch']) {
    this.watch = config ? new EarlyStoppingWatch(config, resumed?.state ?? null) : null
    this.bestParameters = resumed?.bestParameters ?? null
  }

  /** Takes a finished epoch's validation figures; `lastPlanned`: no stop is needed after it. */
  observe(epoch: number, validation: Evaluation, network: Network, lastPlanned: boolean): void {
    if (!this.watch) return
    const { improved, stop } = this.watch.observe(epoch, {
      valLoss: validation.loss,
      valAccuracy: validation.accuracy
    })
    const { restoreBest, monitor, patience } = this.watch.config
    if (improved && restoreBest) this.bestParameters = copyParameters(network)
    if (!stop || lastPlanned) return
    const best = this.watch.best!
    const restored = restoreBest && this.bestParameters !== null
    this.stop = {
      monitor,
      patience,
      stoppedAfter: epoch,
      bestEpoch: best.bestEpoch,
      bestValue: best.bestValue,
      restored
    }
  }

  /** Puts the best epoch's weights back, when the stop says they are restored. */
  restoreBest(network: Network): void {
    if (this.stop?.restored) restoreParameters(network, this.bestParameters!)
  }
}
