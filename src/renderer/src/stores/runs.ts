import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { RunListItem, RunView } from '@shared/model/views'
import { lab } from '@renderer/api/lab'

/** The Experiments screen's data: every run, and the one opened. */
export const useRunsStore = defineStore('runs', () => {
  const runs = ref<RunListItem[]>([])
  const opened = ref<RunView | null>(null)

  lab.on('training:ended', () => void refresh())
  lab.on('training:started', () => void refresh())

  async function refresh(): Promise<void> {
    runs.value = await lab.invoke('runs:list')
  }

  async function open(runId: string): Promise<RunView> {
    opened.value = await lab.invoke('runs:get', { runId })
    return opened.value
  }

  async function rename(runId: string, name: string): Promise<void> {
    await lab.invoke('runs:rename', { runId, name })
    await refresh()
  }

  async function annotate(runId: string, notes: string, tags: string[]): Promise<void> {
    await lab.invoke('runs:annotate', { runId, notes, tags })
    await refresh()
  }

  async function remove(runId: string): Promise<void> {
    await lab.invoke('runs:delete', { runId })
    if (opened.value?.detail.runId === runId) opened.value = null
    await refresh()
  }

  return { runs, opened, refresh, open, rename, annotate, remove }
})
