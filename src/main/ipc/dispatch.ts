import {
  INVOKE_CHANNELS,
  type InvokeChannel,
  type InvokeReply,
  type LabErrorKind
} from '../../shared/ipc/contract'
import { isUserError } from '../../shared/errors'
import { ValidationError } from '../../shared/validation/issues'
import { validateRequest } from '../../shared/validation/ipc'
import type { InvokeHandlers } from './handler-types'
import { UnsupportedError } from './unsupported-error'

/** True for a channel of the contract (anything else from a renderer is refused). */
export function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return typeof channel === 'string' && Object.hasOwn(INVOKE_CHANNELS, channel)
}

/**
 * Runs one call from an untrusted renderer: checks the channel and the request, calls the
 * handler, and wraps the outcome as a reply. Errors become typed replies, never crashes:
 * `validation` for a refused payload, `user` for a mistake the user can fix, `unsupported` for
 * a channel this host lacks, `internal` for a bug (logged with its stack).
 */
export async function dispatch(
  handlers: InvokeHandlers,
  channel: unknown,
  request: unknown
): Promise<InvokeReply<InvokeChannel>> {
  try {
    if (!isInvokeChannel(channel))
      throw new ValidationError(`unknown channel ${JSON.stringify(channel)}`)
    const valid = validateRequest(channel, request)
    const handler = handlers[channel] as (request: unknown) => unknown
    return { ok: true, value: (await handler(valid)) as never }
  } catch (error) {
    return {
      ok: false,
      error: {
        kind: errorKind(error),
        message: error instanceof Error ? error.message : String(error)
      }
    }
  }
}

function errorKind(error: unknown): LabErrorKind {
  if (error instanceof ValidationError) return 'validation'
  if (isUserError(error) || (error instanceof Error && error.name === 'AbortError')) return 'user'
  if (error instanceof UnsupportedError) return 'unsupported'
  console.error('internal error in a handler:', error)
  return 'internal'
}
