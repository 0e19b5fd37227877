import type { Mock } from 'vitest'
import type { EventChannel, InvokeChannel, LabEvents, LabInvoke } from '@shared/ipc/contract'
import { lab } from '@renderer/api/lab'

/** Answers for the calls a test expects; a call without one fails the test. */
export type FakeHandlers = {
  [C in InvokeChannel]?: (
    ...request: Parameters<LabInvoke[C]>
  ) => ReturnType<LabInvoke[C]> | Promise<ReturnType<LabInvoke[C]>>
}

/** The mocked lab: requests made per channel, and events pushed to the stores' listeners. */
export interface FakeLab {
  /** The requests made on a channel, in order. */
  requests<C extends InvokeChannel>(channel: C): Parameters<LabInvoke[C]>[0][]
  /** Delivers an event to every listener still subscribed. */
  emit<E extends EventChannel>(event: E, payload: LabEvents[E]): void
}

/**
 * Points the mocked `lab` (each test file mocks '@renderer/api/lab' with `invoke` and `on` as
 * `vi.fn()`) at these handlers. Call it before the stores are created, since they subscribe to
 * events then.
 */
export function fakeLab(handlers: FakeHandlers): FakeLab {
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
    requests: (channel) =>
      invoke.mock.calls.filter(([called]) => called === channel).map(([, request]) => request),
    emit: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener(payload)
    }
  }
}
