import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AppInfo } from '@shared/model/app-state'
import { lab } from '@renderer/api/lab'
import { LabError } from '@renderer/api/lab-error'
import { labErrorText } from '@renderer/composables/main-messages'
import { i18n } from '@renderer/i18n'

/** The lab's screens, in the order of the navigation bar. */
export const VIEW_NAMES = [
  'data',
  'network',
  'training',
  'inspect',
  'experiments',
  'learn'
] as const
export type ViewName = (typeof VIEW_NAMES)[number]

/** The most notices shown at once: a new one takes the place of the oldest. */
export const MAX_NOTICES = 3
/** How long an informing notice stays (ms); errors stay until dismissed. */
const INFO_NOTICE_MS = 4000

/** A message shown to the user in the notice area. */
export interface Notice {
  id: number
  kind: 'error' | 'info'
  text: string
}

/** The shell's state: which screen is open, facts about the lab, and notices. */
export const useAppStore = defineStore('app', () => {
  /** The screen shown. */
  const view = ref<ViewName>('data')
  const info = ref<AppInfo | null>(null)
  const notices = ref<Notice[]>([])
  let nextNotice = 1
  /** A control the screen opened next should focus (`start`: the Training screen's Start). */
  const focusRequest = ref<'start' | null>(null)

  /** Opens a screen with one of its controls focused. */
  function openFocused(next: ViewName, control: 'start'): void {
    focusRequest.value = control
    view.value = next
  }

  /**
   * Shows a notice; errors stay until dismissed, info closes after a few seconds, and at most
   * MAX_NOTICES stack up (so failures on one screen after another do not cover the next one).
   */
  function notify(kind: Notice['kind'], text: string): void {
    const id = nextNotice++
    notices.value = [...notices.value, { id, kind, text }].slice(-MAX_NOTICES)
    if (kind === 'info') setTimeout(() => dismiss(id), INFO_NOTICE_MS)
  }

  function dismiss(id: number): void {
    notices.value = notices.value.filter((notice) => notice.id !== id)
  }

  /** Shows a failed call's message (a LabError's message is written for the user). */
  function reportError(error: unknown): void {
    if (error instanceof LabError && error.kind !== 'internal') notify('error', labErrorText(error))
    else
      notify(
        'error',
        i18n.global.t('app.somethingWrong', {
          message: error instanceof Error ? error.message : String(error)
        })
      )
  }

  async function loadInfo(): Promise<void> {
    info.value = await lab.invoke('app:info')
  }

  return {
    view,
    info,
    notices,
    focusRequest,
    openFocused,
    notify,
    dismiss,
    reportError,
    loadInfo
  }
})
