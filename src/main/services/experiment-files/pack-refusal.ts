import { UserError } from '../../../shared/errors'
import type { PackRefusalReason } from '../../../shared/model/experiment-file'

/**
 * An experiment file the lab will not open, as one line (the CLI prints it as is) and its reason
 * (the app says it in the user's language).
 */
export class PackRefusal extends UserError {
  constructor(
    readonly reason: PackRefusalReason,
    message: string
  ) {
    super(message)
  }
}
