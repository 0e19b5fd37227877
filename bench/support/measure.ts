import type { BenchCase, TrainingStep } from './bench-case'

/**
 * Samples per second of `step` on a case: steps for the warm-up (JIT tiers, caches and helper
 * threads settle), then counts samples over the timed part: at least `seconds` and three steps,
 * or, for a case timed by epochs, exactly its timed epochs' samples. Wall-clock time, as a user
 * would see it.
 */
export function samplesPerSecond(step: TrainingStep, benchCase: BenchCase): number {
  if (benchCase.epochs) {
    const { warmup, timed } = benchCase.epochs
    runSamples(step, warmup * benchCase.data.rows)
    const start = performance.now()
    const samples = runSamples(step, timed * benchCase.data.rows)
    return samples / ((performance.now() - start) / 1000)
  }
  runFor(step, benchCase.warmupSeconds)
  const { samples, elapsed } = runFor(step, benchCase.seconds)
  return samples / elapsed
}

/** Steps until `samples` samples are trained (whole epochs, when it is a multiple of the rows). */
function runSamples(step: TrainingStep, samples: number): number {
  let done = 0
  while (done < samples) done += step()
  return done
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
