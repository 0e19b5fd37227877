import { defineStore } from 'pinia'
import { markRaw, shallowReactive } from 'vue'
import type { LiveRunState } from '@shared/model/live-run'
import type { RunListItem, RunPage } from '@shared/model/run-page'
import { lab } from '@renderer/api/lab'
import {
  emptyLiveRun,
  pageOf,
  rowOf,
  withChange,
  withPage,
  withState,
  type LiveRun
} from '@renderer/lib/runs/live-run'

/**
 * The one place the renderer keeps runs as they live: every `training:change` main sends, every
 * state its replies carry, and each run's stored page, merged once per run (keyed by run id)
 * and never overwritten by anything older. The Training, Experiments, comparison and Inspect
 * views select what they show from here.
 */
export const useLiveRunsStore = defineStore('live-runs', () => {
  /** Shallow: each LiveRun is replaced whole on a change, its arrays are never deep-watched. */
  const runs = shallowReactive(new Map<string, LiveRun>())
  const loading = new Map<string, Promise<LiveRun>>()

  const current = (runId: string) => runs.get(runId) ?? emptyLiveRun(runId)
  const put = (run: LiveRun) => {
    if (runs.get(run.runId) !== run) runs.set(run.runId, markRaw(run))
    return run
  }

  lab.on('training:change', (change) => {
    const before = runs.get(change.runId)
    const after = put(withChange(current(change.runId), change, Date.now()))
    // A run that ends is read again once (its model, evaluation and end time), if it was read.
    if (after.state?.end && !before?.state?.end && after.page) void reread(after)
  })

  /** A run, if anything is known of it. */
  function run(runId: string | null | undefined): LiveRun | undefined {
    return runId ? runs.get(runId) : undefined
  }

  /** A state from a reply (start, continue, a control, `training:live`), if newer. */
  function adopt(state: LiveRunState): LiveRun {
    return put(withState(current(state.runId), state, Date.now()))
  }

  async function reread(known: LiveRun): Promise<void> {
    const page = await lab.invoke('runs:get', { runId: known.runId })
    put(withPage(current(known.runId), page))
  }

  /**
   * A run with its stored page merged in (read once; `again` reads it anew), and its live state
   * when it trains in this lab (a window that reloaded finds it so).
   */
  function load(runId: string, again = false): Promise<LiveRun> {
    const known = runs.get(runId)
    if (known?.page && !again) return Promise.resolve(known)
    const pending = loading.get(runId)
    if (pending) return pending
    const loaded = (async () => {
      try {
        const page = await lab.invoke('runs:get', { runId })
        if (page.detail.status === 'running' && !current(runId).state) {
          const state = await lab.invoke('training:live', { runId })
          if (state) adopt(state)
        }
        const merged = put(withPage(current(runId), page))
        // It ended while its page was read: read the ended page.
        if (merged.state?.end && page.detail.status === 'running') await reread(merged)
        return current(runId)
      } finally {
        loading.delete(runId)
      }
    })()
    loading.set(runId, loaded)
    return loaded
  }

  /** The run's page as the screens show it (null until it is loaded). */
  function page(runId: string | null | undefined): RunPage | null {
    const known = run(runId)
    return known ? pageOf(known) : null
  }

  /** A list row brought up to date with what is known live of its run (its clock read at `now`). */
  function row(item: RunListItem, now = Date.now()): RunListItem {
    return rowOf(item, runs.get(item.runId), now)
  }

  /** Gives a renamed run its new name (as main stored it). */
  function rename(runId: string, name: string): void {
    const known = runs.get(runId)
    if (!known?.page) return
    const page = { ...known.page, detail: { ...known.page.detail, name } }
    put({ ...known, page, revision: known.revision + 1 })
  }

  /** Forgets a deleted run. */
  function forget(runId: string): void {
    runs.delete(runId)
  }

  return { run, adopt, load, page, row, rename, forget }
})
