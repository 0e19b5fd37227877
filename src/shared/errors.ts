/**
 * A mistake the user can fix (a bad file, field, option or value). Its message is shown as is,
 * in one line, without a stack trace; it should name the file, line or field and the problem.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UserError'
  }
}

/** True for errors whose message is meant for the user as it stands. */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError
}
