import type { ImportControl } from './imported-dataset'

/**
 * Progress and concurrency helpers shared by the image-folder and IDX importers: a progress
 * reporter that calls back a few times a second at most, and a bounded pool of async tasks that
 * stops at an abort and never leaves tasks running behind a rejection.
 */

/** Least time between two progress reports, in milliseconds. */
export const PROGRESS_INTERVAL_MS = 250

/**
 * Returns `report(done)`, which passes `(done, total)` to `control.onProgress` on the first call,
 * on the last (`done === total`) and otherwise at most once per `PROGRESS_INTERVAL_MS`.
 */
export function createProgressReporter(
  control: ImportControl,
  total: number
): (done: number) => void {
  let lastReport: number | null = null
  return (done) => {
    if (!control.onProgress) return
    const now = performance.now()
    if (lastReport !== null && done < total && now - lastReport < PROGRESS_INTERVAL_MS) return
    lastReport = now
    control.onProgress(done, total)
  }
}

/**
 * Runs `task(0)` … `task(count − 1)`, at most `concurrency` at a time. Before each task it checks
 * `signal` (an abort rejects with the signal's AbortError). On the first failure no new task
 * starts; the pool rejects with that failure once the running tasks have settled.
 */
export async function runPool(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
  signal?: AbortSignal
): Promise<void> {
  let next = 0
  const failures: unknown[] = []
  const worker = async (): Promise<void> => {
    while (next < count && failures.length === 0) {
      const index = next++
      try {
        signal?.throwIfAborted()
        await task(index)
      } catch (error) {
        failures.push(error)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker))
  if (failures.length > 0) throw failures[0]
}

/** Lets pending events (an abort, an IPC message) run between chunks of synchronous work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
