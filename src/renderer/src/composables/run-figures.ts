import { computed, type Ref } from 'vue'
import { elapsedSeconds, type LiveRun } from '@renderer/lib/runs/live-run'
import { epochAxisEnd } from '@renderer/lib/training/epoch-axis'
import { untilStopped } from '@shared/model/pace'
import type { RunPhase } from '@renderer/lib/training/run-controls'
import {
  etaSeconds,
  nextBatch,
  recentRate,
  runPosition,
  runProgress
} from '@renderer/lib/training/run-timing'

/** What the watched run's figures are computed from. */
export interface RunFigureSources {
  run: Ref<LiveRun | undefined>
  phase: Ref<RunPhase>
  /** The time now (ms), ticking while the run trains. */
  now: Ref<number>
}

/**
 * The watched run's figures: where it is (and, paused, the batch Step trains next), how far
 * (0 to 1), its training time (pauses left out), its recent speed, the time left at its pace,
 * and where the charts' epoch axis ends.
 */
export function runFigures({ run, phase, now }: RunFigureSources) {
  /** The last batch trained. */
  const position = computed(() => runPosition(run.value))
  /** The batch Step trains next (while paused). */
  const next = computed(() =>
    phase.value === 'paused' && position.value ? nextBatch(position.value) : null
  )
  /** A run trained "until I stop" has no end to measure progress or time left against. */
  const open = computed(() => untilStopped(run.value?.state?.plannedEpochs))
  const progress = computed(() =>
    run.value?.state?.status === 'completed' ? 1 : open.value ? 0 : runProgress(position.value)
  )
  const elapsed = computed(() => (run.value ? elapsedSeconds(run.value, now.value) : 0))
  /** Training speed over the latest epochs (about the last second of training). */
  const samplesPerSecond = computed(() =>
    recentRate(run.value?.epochs ?? [], run.value?.state?.start?.trainRows)
  )
  /** Seconds left at the run's pace (while running). */
  const eta = computed(() =>
    phase.value === 'running' && !open.value ? etaSeconds(elapsed.value, progress.value) : null
  )
  /** Where the epoch axis ends: growing with a live run, fitted to the data once it ended. */
  const axisEnd = computed(() => {
    const at = position.value
    const trained = at ? at.epoch - 1 + at.batch / Math.max(1, at.batchesPerEpoch) : 0
    const reached = Math.max(trained, run.value?.epochs.at(-1)?.epoch ?? 0)
    const live = phase.value !== 'idle' && phase.value !== 'ended'
    return epochAxisEnd(live, run.value?.state?.plannedEpochs, reached)
  })
  return {
    position,
    nextBatch: next,
    progress,
    elapsedSeconds: elapsed,
    samplesPerSecond,
    etaSeconds: eta,
    untilStopped: open,
    axisEnd
  }
}
