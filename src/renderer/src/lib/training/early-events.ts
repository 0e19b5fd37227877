import type { TrainingEndedInfo, TrainingUpdate } from '@shared/model/live-run'

/** A run's event, as heard. */
export type RunEvent =
  { kind: 'update'; payload: TrainingUpdate } | { kind: 'ended'; payload: TrainingEndedInfo }

/** The most events kept while a start call is under way. */
const MAX_EARLY_EVENTS = 100

/**
 * Events heard while a start call is under way: the run's first updates can arrive before the
 * reply that names its id. They are kept (up to a limit) and handed over once the id is known.
 */
export class EarlyEvents {
  private events: RunEvent[] = []

  /** Keeps an event of a run whose id is not known yet. */
  keep(event: RunEvent): void {
    if (this.events.length < MAX_EARLY_EVENTS) this.events.push(event)
  }

  /** Forgets every kept event (a new start call begins). */
  clear(): void {
    this.events = []
  }

  /** The kept events of run `runId`, in order; forgets all kept events. */
  claim(runId: string): RunEvent[] {
    const claimed = this.events.filter((event) => event.payload.runId === runId)
    this.events = []
    return claimed
  }
}
