import type { LabErrorKind } from '@shared/ipc/contract'
import type { LabMessage } from '@shared/messages'

/**
 * A failed call, with why: a user mistake, a refused payload, a missing feature, or a bug. A
 * message from main's table keeps its code and parameters (`detail`), so the UI can say it in
 * its language; `message` is the English text.
 */
export class LabError extends Error {
  constructor(
    readonly kind: LabErrorKind,
    message: string,
    readonly detail?: LabMessage
  ) {
    super(message)
    this.name = 'LabError'
  }
}
