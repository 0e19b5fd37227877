import { defineStore } from 'pinia'
import { computed, ref, toRaw } from 'vue'
import { lab } from '@renderer/api/lab'
import { isLive } from '@renderer/lib/runs/live-run'
import { buildStartRequest } from '@renderer/lib/training/run-controls'
import {
  FIRST_RACE,
  raceLabel,
  raceRequest,
  type RaceEntry
} from '@renderer/lib/training/race-plan'
import { useDatasetsStore } from './datasets'
import { useLiveRunsStore } from './live-runs'
import { useNetworkStore } from './network'
import { useTrainingStore } from './training'

/**
 * A race on the Training screen: 2–4 runs of the current data, network and settings from the
 * same initial weights and batch order, differing in optimizer and rate; each an ordinary run.
 */
export const useRaceStore = defineStore('race', () => {
  const entries = ref<RaceEntry[]>(structuredClone(FIRST_RACE))
  const runIds = ref<string[]>([])
  /** The labels of the race started (what each run differs in). */
  const labels = ref<string[]>([])
  const starting = ref(false)
  const liveRuns = useLiveRunsStore()
  const runs = computed(() => runIds.value.map((runId) => liveRuns.run(runId)))
  const racing = computed(() => starting.value || runs.value.some((run) => isLive(run)))

  async function start(): Promise<void> {
    const dataset = useDatasetsStore().current
    if (!dataset || racing.value) return
    const base = buildStartRequest(
      dataset.datasetId,
      useTrainingStore().settings,
      useNetworkStore().configPart,
      false
    )
    const chosen = structuredClone(toRaw(entries.value))
    const request = raceRequest(base, chosen)
    starting.value = true
    try {
      const states = await lab.invoke('training:race', request)
      for (const state of states) liveRuns.adopt(state)
      runIds.value = states.map((state) => state.runId)
      labels.value = chosen.map(raceLabel)
    } finally {
      starting.value = false
    }
  }

  /** Stops every run of the race still training. */
  async function stop(): Promise<void> {
    for (const runId of runIds.value)
      if (isLive(liveRuns.run(runId))) liveRuns.adopt(await lab.invoke('training:stop', { runId }))
  }

  return { entries, runIds, labels, runs, racing, starting, start, stop }
})
