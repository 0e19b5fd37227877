import type { LiveRunState, RunChange } from '@shared/model/live-run'
import type { RunStatus } from '@shared/model/run'
import type { RunListItem, RunPage } from '@shared/model/run-page'
import type { EpochMetrics } from '@shared/model/training'
import type { BatchCost } from '@shared/series'

/**
 * A run as the renderer knows it: its stored page, merged once with what main has sent of it
 * since. Each change makes a new LiveRun (so views that select it follow); the `epochs` and
 * `costs` arrays grow in place (charts must never copy thousands of points per change).
 */
export interface LiveRun {
  runId: string
  /** The newest state main sent or answered (null: never heard of live here). */
  state: LiveRunState | null
  /** When `state` was heard (ms), to run its clock on between changes. */
  heardAt: number
  /** The stored page, once read. */
  page: RunPage | null
  /** Every finished epoch known, in order (stored ones, then live ones). */
  epochs: EpochMetrics[]
  /** Every kept batch cost known, in step order. */
  costs: BatchCost[]
  /** True when `epochs` and `costs` hold the whole run: started here, or its page merged in. */
  complete: boolean
  /** Counts the changes taken in (charts redraw on it). */
  revision: number
}

/** A run nothing is known of yet. */
export function emptyLiveRun(runId: string): LiveRun {
  return {
    runId,
    state: null,
    heardAt: 0,
    page: null,
    epochs: [],
    costs: [],
    complete: false,
    revision: 0
  }
}

/** Appends the epochs and costs past the last ones held (a merge may hear some twice). */
function appendNew(run: LiveRun, epochs: readonly EpochMetrics[], costs: readonly BatchCost[]) {
  const lastEpoch = run.epochs.at(-1)?.epoch ?? 0
  for (const epoch of epochs) if (epoch.epoch > lastEpoch) run.epochs.push(epoch)
  const lastStep = run.costs.at(-1)?.step ?? 0
  for (const cost of costs) if (cost.step > lastStep) run.costs.push(cost)
}

/**
 * A run with a state from main taken in, if it is newer than the one held (a reply or change
 * sent before the one held says nothing new). A run's first state seen while it is `starting`
 * (its start reply) means everything about it is heard from here on.
 */
export function withState(run: LiveRun, state: LiveRunState, now: number): LiveRun {
  if (run.state && state.seq <= run.state.seq) return run
  const complete = run.complete || (run.state === null && state.status === 'starting')
  return { ...run, state, heardAt: now, complete, revision: run.revision + 1 }
}

/**
 * A run with a change taken in: its state if newer, and always its epochs and costs past the
 * ones held (a change sent before a reply that was heard first still brings its epochs).
 */
export function withChange(run: LiveRun, change: RunChange, now: number): LiveRun {
  const { epochs, costs, ...state } = change
  const next = withState(run, state, now)
  if (epochs.length === 0 && costs.length === 0) return next
  const grown = next === run ? { ...run, revision: run.revision + 1 } : next
  appendNew(grown, epochs, costs)
  return grown
}

/**
 * A run with its stored page merged in: the stored epochs and costs, then those heard live past
 * them (changes heard while the page was read, or since). Whatever the page lacks is heard later.
 */
export function withPage(run: LiveRun, page: RunPage): LiveRun {
  const merged: LiveRun = {
    ...run,
    page,
    epochs: [...page.detail.metrics],
    costs: [...page.batchLosses],
    complete: true,
    revision: run.revision + 1
  }
  appendNew(merged, run.epochs, run.costs)
  return merged
}

/** True while the run trains in this lab (its controls work). */
export function isLive(run: LiveRun | undefined): boolean {
  const status = run?.state?.status
  return status === 'starting' || status === 'running' || status === 'paused'
}

/** The run's status as stored runs say it (`running` while live), and whether it is paused. */
export function statusOf(run: LiveRun): { status: RunStatus; paused: boolean } | null {
  const live = run.state?.status
  if (live === 'completed' || live === 'stopped' || live === 'failed')
    return { status: live, paused: false }
  if (live) return { status: 'running', paused: live === 'paused' }
  return run.page ? { status: run.page.detail.status, paused: false } : null
}

/** Training time so far in seconds (pauses left out), running on between changes. */
export function elapsedSeconds(run: LiveRun, now: number): number {
  const state = run.state
  if (!state) return 0
  const running = state.status === 'running' ? Math.max(0, now - run.heardAt) / 1000 : 0
  return state.activeSeconds + running
}

const pages = new WeakMap<LiveRun, RunPage>()

/**
 * The run's page as the screens show it: stored, with every epoch and cost known, its status,
 * its last epoch's figures and (once it ended here) its final evaluation. Null before its page
 * is read.
 */
export function pageOf(run: LiveRun): RunPage | null {
  const page = run.page
  if (!page) return null
  const cached = pages.get(run)
  if (cached) return cached
  const last = run.epochs.at(-1)
  const status = statusOf(run)!.status
  const merged: RunPage = {
    ...page,
    detail: {
      ...page.detail,
      status,
      metrics: run.epochs,
      ...(last && last.epoch > page.detail.epochs
        ? {
            epochs: last.epoch,
            trainLoss: last.trainLoss,
            valLoss: last.valLoss,
            valAccuracy: last.valAccuracy
          }
        : {})
    },
    batchLosses: run.costs,
    summary: run.state?.end?.summary ?? page.summary
  }
  pages.set(run, merged)
  return merged
}

/** A list row brought up to what is known live: status, epochs, last figures, training time. */
export function rowOf(item: RunListItem, run: LiveRun | undefined, now: number): RunListItem {
  if (!run?.state) return item
  const { status, paused } = statusOf(run)!
  const last = run.epochs.at(-1)
  const figures =
    last && last.epoch >= item.epochs
      ? {
          epochs: last.epoch,
          trainLoss: last.trainLoss,
          trainAccuracy: last.trainAccuracy,
          valLoss: last.valLoss,
          valAccuracy: last.valAccuracy
        }
      : {}
  return { ...item, ...figures, status, paused, seconds: elapsedSeconds(run, now) }
}
