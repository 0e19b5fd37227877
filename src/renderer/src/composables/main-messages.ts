import { englishText, isLabMessage, type LabMessage } from '@shared/messages'
import { LabError } from '@renderer/api/lab-error'
import { currentLocale, i18n } from '@renderer/i18n'
import { ZH_MAIN_MESSAGES } from '@renderer/i18n/zh-CN/main-messages'

/**
 * One of main's messages in the UI's language: main sends codes with parameters (never only
 * English), and the text is made here. A plain string (a dataset stored by an older version)
 * is shown as it is.
 */
export function mainMessageText(note: LabMessage | string): string {
  if (typeof note === 'string' || !isLabMessage(note)) return String(note)
  if (currentLocale() === 'zh-CN')
    return (ZH_MAIN_MESSAGES[note.code] as (params: unknown) => string)(note.params)
  return englishText(note)
}

/** A failed call's message for the user, in the UI's language when main sent a code. */
export function labErrorText(error: LabError): string {
  return error.detail ? mainMessageText(error.detail) : error.message
}

/**
 * The same error with `folder` cut out of its message and parameters (browser mode names an
 * uploaded file as the user dropped it, not by the upload folder it was copied into).
 */
export function withoutFolder(error: LabError, folder: string): LabError {
  const cut = (text: string) => text.split(folder).join('')
  const detail = error.detail && {
    ...error.detail,
    params: Object.fromEntries(
      Object.entries(error.detail.params).map(([key, value]) => [
        key,
        typeof value === 'string' ? cut(value) : value
      ])
    )
  }
  return new LabError(error.kind, cut(error.message), detail as LabMessage | undefined)
}

/** A failed call as one line for the user: main's own message for a refusal, a general one for a bug. */
export function failureText(error: unknown): string {
  if (error instanceof LabError && error.kind !== 'internal') return labErrorText(error)
  return i18n.global.t('app.somethingWrong', {
    message: error instanceof Error ? error.message : String(error)
  })
}
