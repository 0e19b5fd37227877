import { computed, type Ref } from 'vue'
import type { EpochMetrics } from '@shared/model/training'
import type { TrainingStartedInfo, TrainingUpdate } from '@shared/model/live-run'
import { epochAxisEnd } from '@renderer/lib/training/epoch-axis'
import type { RunPhase } from '@renderer/lib/training/run-controls'
import { etaSeconds, recentRate, runPosition, runProgress } from '@renderer/lib/training/run-timing'
import type { RunResult } from '@renderer/lib/training/watched-run'

/** The watched run's state the figures are computed from (the training store's refs). */
export interface RunFigureSources {
  phase: Ref<RunPhase>
  started: Ref<TrainingStartedInfo | null>
  latest: Ref<TrainingUpdate | null>
  ended: Ref<RunResult | null>
  epochs: Ref<EpochMetrics[]>
  /** Training time of this session (pauses not counted). */
  elapsedSeconds: Ref<number>
  /** Epochs trained before this session (a continued run). */
  resumedEpochs: Ref<number>
}

/**
 * The watched run's figures: where it is, how far (0 to 1), its recent speed, the time left at
 * this session's pace, and where the charts' epoch axis ends.
 */
export function runFigures(sources: RunFigureSources) {
  const { phase, started, latest, ended, epochs, elapsedSeconds, resumedEpochs } = sources
  /** The epoch and batch the run is at. */
  const position = computed(() =>
    runPosition(latest.value, started.value, epochs.value.at(-1)?.epoch ?? 0)
  )
  const progress = computed(() =>
    phase.value === 'ended' && ended.value?.status === 'completed' ? 1 : runProgress(position.value)
  )
  /** Training speed over the latest epochs (about the last second of training). */
  const samplesPerSecond = computed(() => recentRate(epochs.value, started.value?.trainRows))
  /** Seconds left at the pace of this session (while running). */
  const eta = computed(() => {
    const planned = started.value?.plannedEpochs ?? 0
    if (phase.value !== 'running' || planned <= 0) return null
    return etaSeconds(elapsedSeconds.value, progress.value, resumedEpochs.value / planned)
  })
  /** Where the epoch axis ends: growing with a live run, fitted to the data once it ended. */
  const axisEnd = computed(() => {
    const at = position.value
    const trained = at ? at.epoch - 1 + at.batch / Math.max(1, at.batchesPerEpoch) : 0
    const reached = Math.max(trained, epochs.value.at(-1)?.epoch ?? 0)
    const live = phase.value !== 'idle' && phase.value !== 'ended'
    return epochAxisEnd(live, started.value?.plannedEpochs, reached)
  })
  return { position, progress, samplesPerSecond, etaSeconds: eta, axisEnd }
}
