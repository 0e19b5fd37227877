import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import type { RunConfig } from '@shared/model/run'
import type { LockableSetting, Task } from '@shared/model/task'

/** Where the window keeps the task being worked on between sessions. */
const STORAGE_KEY = 'backprop-lab.task'

function stored(): Task | null {
  try {
    const text = globalThis.localStorage?.getItem(STORAGE_KEY)
    return text ? (JSON.parse(text) as Task) : null
  } catch {
    return null
  }
}

/**
 * The teacher's task the learner works on (opened from an experiment file): shown on the
 * Training screen, its locked settings fixed, and runs on its dataset trained in its experiment,
 * where main checks the locks and measures each run against the target when it ends.
 */
export const useTaskStore = defineStore('task', () => {
  const active = ref<Task | null>(stored())
  watch(active, (task) => {
    try {
      if (task) globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(task))
      else globalThis.localStorage?.removeItem(STORAGE_KEY)
    } catch {
      // A window without storage forgets the task at its next start; nothing else is lost.
    }
  })
  const locked = computed(() => new Set<LockableSetting>(active.value?.locked ?? []))

  /** True when the teacher fixed this setting. */
  const isLocked = (setting: LockableSetting) => locked.value.has(setting)

  /** The task's experiment, for a run on `datasetId` (runs on other data are ordinary runs). */
  function experimentFor(datasetId: string): string | undefined {
    const task = active.value
    return task && task.datasetId === datasetId ? task.experimentId : undefined
  }

  /**
   * A locked setting a run's config would change from the teacher's value (the network is
   * designed on another screen, so a learner can reach it), or null. Main refuses such a run too.
   */
  function brokenLock(config: Partial<RunConfig>): LockableSetting | null {
    const task = active.value
    if (!task) return null
    const fixed = task.config as Partial<RunConfig>
    return (
      task.locked.find(
        (setting) =>
          fixed[setting] !== undefined &&
          config[setting] !== undefined &&
          JSON.stringify(config[setting]) !== JSON.stringify(fixed[setting])
      ) ?? null
    )
  }

  function adopt(task: Task): void {
    active.value = task
  }

  function leave(): void {
    active.value = null
  }

  return { active, locked, isLocked, experimentFor, brokenLock, adopt, leave }
})
