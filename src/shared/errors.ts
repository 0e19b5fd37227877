import {
  englishText,
  message,
  type LabMessage,
  type MessageCode,
  type MessageParams
} from './messages'

/**
 * A mistake the user can fix (a bad file, field, option or value). Its message is shown as is,
 * in one line, without a stack trace; it should name the file, line or field and the problem.
 * One made from the message table (`userError`) carries its code and parameters, so the app can
 * say it in the user's language.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly detail?: LabMessage
  ) {
    super(message)
    this.name = 'UserError'
  }
}

/** A UserError from the message table: English text, with the code and parameters kept. */
export function userError<C extends MessageCode>(code: C, params: MessageParams<C>): UserError {
  return userErrorOf(message(code, params))
}

/** A UserError saying a message of the table (made elsewhere, e.g. a check's finding). */
export function userErrorOf(detail: LabMessage): UserError {
  return new UserError(englishText(detail), detail)
}

/** True for errors whose message is meant for the user as it stands. */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError
}
