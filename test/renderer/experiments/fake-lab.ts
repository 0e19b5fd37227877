import type { Mock } from 'vitest'
import type { EventChannel, InvokeChannel, LabEvents, LabInvoke } from '@shared/ipc/contract'
import { lab } from '@renderer/api/lab'

/** Answers for the calls a test expects; a call without one fails the test. */
export type FakeHandlers = {
  [C in InvokeChannel]?: (
    ...request: Parameters<LabInvoke[C]>
  ) => ReturnType<LabInvoke[C]> | Promise<ReturnType<LabInvoke[C]>>
}

/** The mocked API module's lab, answering from handlers and letting tests push events. */
export interface FakeLab {
  /** Delivers an event to every listener the stores registered. */
  emit<E extends EventChannel>(event: E, payload: LabEvents[E]): void
  /** The requests made on a channel, in order. */
  requests<C extends InvokeChannel>(channel: C): Parameters<LabInvoke[C]>[0][]
}

/**
 * Points the mocked `lab` (see `vi.mock('@renderer/api/lab', …)` in each test file) at these
 * handlers. Call before creating the stores, which subscribe to events when they are created.
 */
export function installFakeLab(handlers: FakeHandlers): FakeLab {
  const invoke = lab.invoke as unknown as Mock
  const on = lab.on as unknown as Mock
  const listeners = new Map<string, ((payload: unknown) => void)[]>()
  invoke.mockReset()
  on.mockReset()
  invoke.mockImplementation(async (channel: InvokeChannel, request: unknown) => {
    const handler = handlers[channel] as ((request: unknown) => unknown) | undefined
    if (!handler) throw new Error(`unexpected call ${channel}`)
    return handler(request)
  })
  on.mockImplementation((event: string, listener: (payload: unknown) => void) => {
    listeners.set(event, [...(listeners.get(event) ?? []), listener])
    return () =>
      listeners.set(
        event,
        (listeners.get(event) ?? []).filter((kept) => kept !== listener)
      )
  })
  return {
    emit: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener(payload)
    },
    requests: (channel) =>
      invoke.mock.calls.filter(([called]) => called === channel).map(([, request]) => request)
  }
}

/** Lets pending promises and Vue's render queue settle. */
export async function settle(): Promise<void> {
  for (let round = 0; round < 5; round++) await new Promise((resolve) => setTimeout(resolve, 0))
}
