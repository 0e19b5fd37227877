import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import type { TraceInspection } from '@shared/model/inspect'
import type { LearnProgress } from '@shared/model/app-state'
import type { VectorizationTiming } from '@shared/model/vectorization'
import { lab } from '@renderer/api/lab'
import { LESSON_IDS, type LessonId } from '@renderer/lib/learn/lesson-types'
import { NOTATIONS, notationOf, type NotationId } from '@renderer/lib/learn/notation'
import { restoredProgress } from '@renderer/lib/learn/progress'
import { useNetworkStore } from './network'
import { useTrainingStore } from './training'

/**
 * The Learn screen: the lesson open, the lessons visited, the exercises answered and the notation
 * chosen (saved with the UI state, so they survive a restart), and the live numbers lessons fetch.
 */
export const useLearnStore = defineStore('learn', () => {
  const network = useNetworkStore()
  const training = useTrainingStore()
  const lesson = ref<LessonId>(LESSON_IDS[0])
  const visited = ref<LessonId[]>([])
  /** Exercise key (`lesson.exercise`) → whether its last answer was right. */
  const answered = ref<Record<string, boolean>>({})
  /** The notation the lessons' formulas, shapes and live values are written in. */
  const notationId = ref<NotationId>('lab')
  const notation = computed(() => NOTATIONS[notationId.value])

  /** What is saved: the lesson open is remembered once one has been visited. */
  const progress = computed<LearnProgress>(() => ({
    lesson: visited.value.length > 0 ? lesson.value : null,
    visited: [...visited.value],
    answered: { ...answered.value },
    notation: notationId.value
  }))

  /** Opens a lesson and counts it as visited. */
  function open(id: LessonId): void {
    lesson.value = id
    if (!visited.value.includes(id))
      visited.value = LESSON_IDS.filter((known) => known === id || visited.value.includes(known))
  }

  /** Remembers an exercise's answer as right or not. */
  function record(key: string, correct: boolean): void {
    answered.value = { ...answered.value, [key]: correct }
  }

  /** Restores saved progress (lessons and exercises this version lacks are dropped). */
  function restore(stored: LearnProgress | undefined): void {
    const progress = restoredProgress(stored)
    lesson.value = (progress.lesson as LessonId | null) ?? LESSON_IDS[0]
    visited.value = progress.visited as LessonId[]
    answered.value = progress.answered
    notationId.value = notationOf(progress.notation).id
  }

  /** Times the apples photos' gradient as a loop over samples and as matrix products (lesson 1). */
  function timeVectorization(): Promise<VectorizationTiming> {
    return lab.invoke('learn:vectorization')
  }

  /** The engine's trace of one step of a run on some of its dataset's rows (the lesson's live values). */
  function traceRun(runId: string, rows: number[]): Promise<TraceInspection> {
    return lab.invoke('inspect:trace', { runId, rows })
  }

  // Zero initialization is the logistic-regression lesson's choice for a single unit; a network
  // with hidden layers would keep every hidden unit identical, so the setting does not carry over.
  watch(
    () => network.draft.hidden.length,
    (hidden) => {
      if (hidden > 0 && training.settings.init === 'zeros') delete training.settings.init
    }
  )

  return {
    lesson,
    visited,
    answered,
    notationId,
    notation,
    progress,
    open,
    record,
    restore,
    traceRun,
    timeVectorization
  }
})
