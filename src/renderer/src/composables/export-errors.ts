import { LabError } from '@renderer/api/lab-error'
import { labErrorText } from '@renderer/composables/main-messages'
import { i18n } from '@renderer/i18n'

/** A failed call as one line for the user: main's message for a refusal, or a general one for a bug. */
export function failureMessage(error: unknown): string {
  if (error instanceof LabError && error.kind !== 'internal') return labErrorText(error)
  return i18n.global.t('app.somethingWrong', {
    message: error instanceof Error ? error.message : String(error)
  })
}
