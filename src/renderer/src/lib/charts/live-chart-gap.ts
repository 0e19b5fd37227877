import type { Pace } from '@shared/model/pace'
import type { RunPhase } from '@renderer/lib/training/run-controls'

/**
 * Fewest milliseconds between two redraws of the live loss and accuracy charts while the
 * decision boundary and its neuron pictures follow a run at full speed: four a second, so the
 * page's time goes to the pictures (issue 18: ≥ 20 redraws a second) rather than to curves of
 * thousands of epochs that move by a pixel. Otherwise the charts redraw at every change.
 */
export const LIVE_DRAWING_CHART_GAP_MS = 250

/** The live charts' gap between redraws for the watched run (ms; 0 for no gap). */
export function liveChartGapMs(run: {
  phase: RunPhase
  pace: Pace
  /** True when the decision boundary is drawn for the run (2-feature data). */
  boundaryDrawn: boolean
}): number {
  // In slow motion every batch's change is shown at once.
  return run.phase === 'running' && run.pace === null && run.boundaryDrawn
    ? LIVE_DRAWING_CHART_GAP_MS
    : 0
}
