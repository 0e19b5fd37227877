import type { Kernels } from '../../../src/main/engine'
import type { EngineEvent, TrainingJob } from '../../../src/main/worker/protocol'
import { TrainingSession } from '../../../src/main/worker/training-session'

/**
 * Runs a session to its end and returns every event it sent, taking each `epochs` report as
 * main does (the session rests when main falls REPORTS_AHEAD reports behind). `during` sees each
 * event as it comes (to send commands).
 */
export async function sessionEvents(
  kernels: Kernels,
  job: TrainingJob,
  during: (event: EngineEvent, session: TrainingSession) => void = () => {}
): Promise<EngineEvent[]> {
  const events: EngineEvent[] = []
  const session: TrainingSession = new TrainingSession(job, kernels, (event) => {
    events.push(event)
    if (event.type === 'epochs') queueMicrotask(() => session.command({ type: 'epochsTaken' }))
    during(event, session)
  })
  await session.run()
  return events
}
