import { INVOKE_CHANNELS } from '../../shared/ipc/channels'
import type { InvokeChannel, InvokeReply, LabErrorKind } from '../../shared/ipc/contract'
import { isUserError } from '../../shared/errors'
import { ValidationError } from '../../shared/validation/issues'
import { INVOKE_SCHEMAS, validateRequest } from '../../shared/validation/ipc'
import { pathsIn } from '../../shared/validation/lab-path'
import { machineFault } from '../machine-faults'
import type { Caller, InvokeHandlers } from './handler-types'
import { UnsupportedError } from './unsupported-error'

/** True for a channel of the contract (anything else from a renderer is refused). */
export function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return typeof channel === 'string' && Object.hasOwn(INVOKE_CHANNELS, channel)
}

/**
 * Runs one call from an untrusted renderer: checks the channel, the request and every path in it
 * (against the caller's path rules), calls the handler, and wraps the outcome as a reply. Errors
 * become typed replies, never crashes:
 * `validation` for a refused payload, `user` for a mistake the user can fix, `unsupported` for
 * a channel this host lacks, `internal` for a bug (logged with its stack).
 */
export async function dispatch(
  handlers: InvokeHandlers,
  channel: unknown,
  request: unknown,
  caller: Caller
): Promise<InvokeReply<InvokeChannel>> {
  try {
    if (!isInvokeChannel(channel))
      throw new ValidationError(`unknown channel ${describeChannel(channel)}`)
    const valid = validateRequest(channel, request)
    for (const { field, path } of pathsIn(INVOKE_SCHEMAS[channel], valid))
      caller.check(`${channel}: ${field}`, path)
    const handler = handlers[channel] as (request: unknown, caller: Caller) => unknown
    return { ok: true, value: (await handler(valid, caller)) as never }
  } catch (caught) {
    // A full disk or a read-only folder is the machine's fault, said in one line for the user.
    const error = machineFault(caught) ?? caught
    return {
      ok: false,
      error: {
        kind: errorKind(error),
        message: error instanceof Error ? error.message : String(error),
        ...(isUserError(error) && error.detail ? { detail: error.detail } : {})
      }
    }
  }
}

/** A refused channel name, shortened (it comes from an untrusted page). */
function describeChannel(channel: unknown): string {
  const text = JSON.stringify(channel) ?? String(channel)
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

function errorKind(error: unknown): LabErrorKind {
  if (error instanceof ValidationError) return 'validation'
  if (isUserError(error) || (error instanceof Error && error.name === 'AbortError')) return 'user'
  if (error instanceof UnsupportedError) return 'unsupported'
  console.error('internal error in a handler:', error)
  return 'internal'
}
