import type { LabErrorKind } from '@shared/ipc/contract'

/** A failed call, with why: a user mistake, a refused payload, a missing feature, or a bug. */
export class LabError extends Error {
  constructor(
    readonly kind: LabErrorKind,
    message: string
  ) {
    super(message)
    this.name = 'LabError'
  }
}
