import type {
  LiveRunState,
  LiveRunStatus,
  RunChange,
  RunEndInfo
} from '../../shared/model/live-run'
import type { RunEvaluationSummary } from '../../shared/model/run-page'
import type { ActiveRun, RunOutcome } from '../services/training/active-run'
import type { Emit } from './handler-types'

/**
 * How often a run's epochs and batch progress are pushed to renderers (ms). At full speed about
 * five and a half times a second: each change costs a renderer tens of milliseconds of CPU
 * (measured in browser mode: about 35 ms a change, whatever it adds), which on a two-core machine
 * is taken from the engine's two threads, and the charts' goal is five redraws a second (the
 * floor, with a tenth to spare). In slow motion ten times a second, so paces up to 10 batches a
 * second show every batch.
 */
const FULL_SPEED_INTERVAL_MS = 180
const SLOW_MOTION_INTERVAL_MS = 100

/** What a followed run has added since its last change was sent. */
interface Pending {
  run: ActiveRun
  plannedEpochs: number
  changed: boolean
  epochs: RunChange['epochs']
  costs: RunChange['costs']
  end: { status: LiveRunStatus; info: RunEndInfo } | null
}

/**
 * The one feed of live runs to the renderers: every change of every run followed goes out as one
 * `training:change`, numbered from one sequence, so a renderer keeps the newest state and drops
 * anything older. Epochs and batch progress are gathered and sent at most every
 * FULL_SPEED_INTERVAL_MS (SLOW_MOTION_INTERVAL_MS in slow motion), so a fast engine never floods
 * the UI; the engine's start, a pause, a resume and the end go out at once, after what was
 * gathered before them, and the intervals start anew from such a change (so the engine's start
 * is not followed by a change a few milliseconds later). Batch costs are sent as the engine kept
 * them (see keepsBatchCost): nothing here thins them.
 */
export class RunFeed {
  private seq = 0
  private readonly followed = new Map<string, Pending>()

  constructor(private readonly emit: Emit) {}

  /**
   * Follows a run that was just started or continued, and returns its first state. Nothing is
   * sent before the caller's reply: the first change comes from the engine, later.
   */
  follow(run: ActiveRun, plannedEpochs: number): LiveRunState {
    const pending: Pending = {
      run,
      plannedEpochs,
      changed: false,
      epochs: [],
      costs: [],
      end: null
    }
    this.followed.set(run.runId, pending)
    let timer: ReturnType<typeof setTimeout>
    // Each send is due one interval after the last one was due, not after it went out: a busy
    // event loop that fires a timer late does not slow the rate down.
    let due = Date.now()
    const sendLater = () => {
      const interval = run.pace === null ? FULL_SPEED_INTERVAL_MS : SLOW_MOTION_INTERVAL_MS
      due = Math.max(due + interval, Date.now())
      timer = setTimeout(() => {
        if (pending.changed) this.send(pending)
        sendLater()
      }, due - Date.now())
    }
    sendLater()
    /**
     * Sends at once (the engine has started, a pause, a resume) and starts the intervals anew
     * from now: the next change is a whole interval later, so a renderer never draws two in a
     * row while the engine is warming up.
     */
    const sendNow = () => {
      clearTimeout(timer)
      this.send(pending)
      due = Date.now()
      sendLater()
    }
    const gather = () => {
      pending.changed = true
    }
    run.subscribe({
      started: () => sendNow(),
      progress: (_runId, progress) => {
        pending.costs.push(...progress.costs)
        gather()
      },
      epoch: (_runId, metrics) => {
        pending.epochs.push(metrics)
        gather()
      },
      paused: () => sendNow(),
      finished: (outcome) => {
        clearTimeout(timer)
        pending.end = endOf(outcome)
        this.send(pending)
        this.followed.delete(run.runId)
      }
    })
    return this.stateOf(pending)
  }

  /** A followed run's state now (null when it is not training here), numbered as the last sent. */
  state(runId: string): LiveRunState | null {
    const pending = this.followed.get(runId)
    return pending ? this.stateOf(pending) : null
  }

  private stateOf({ run, plannedEpochs, end }: Pending): LiveRunState {
    const living: LiveRunStatus = run.paused ? 'paused' : run.start ? 'running' : 'starting'
    return {
      runId: run.runId,
      seq: this.seq,
      status: end?.status ?? living,
      plannedEpochs,
      activeSeconds: run.activeSeconds(),
      start: run.start,
      position: run.position,
      end: end?.info ?? null
    }
  }

  private send(pending: Pending): void {
    this.seq++
    const change: RunChange = {
      ...this.stateOf(pending),
      epochs: pending.epochs,
      costs: pending.costs
    }
    pending.epochs = []
    pending.costs = []
    pending.changed = false
    this.emit('training:change', change)
  }
}

function endOf(outcome: RunOutcome): { status: LiveRunStatus; info: RunEndInfo } {
  return {
    status: outcome.status,
    info: {
      error: outcome.error,
      epochs: outcome.epochs,
      summary: outcome.summary as RunEvaluationSummary | null,
      earlyStop: outcome.earlyStop,
      targetCheck: outcome.targetCheck ?? null
    }
  }
}
