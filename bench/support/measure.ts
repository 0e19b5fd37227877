import type { TrainingStep } from './bench-case'

/**
 * Samples per second of `step`: steps for `warmupSeconds` (JIT tiers, caches and helper threads
 * settle), then counts samples over at least `seconds` and at least three steps. Wall-clock time,
 * as a user would see it.
 */
export function samplesPerSecond(
  step: TrainingStep,
  warmupSeconds: number,
  seconds: number
): number {
  runFor(step, warmupSeconds)
  const { samples, elapsed } = runFor(step, seconds)
  return samples / elapsed
}

function runFor(step: TrainingStep, seconds: number): { samples: number; elapsed: number } {
  const start = performance.now()
  let samples = 0
  let steps = 0
  let elapsed = 0
  while (steps < 3 || elapsed < seconds) {
    samples += step()
    steps++
    elapsed = (performance.now() - start) / 1000
  }
  return { samples, elapsed }
}
