import type { BenchCase, TrainingStep } from '../support/bench-case'

/** A training loop ready to be timed, built by one engine for one case. */
export interface PreparedEngine {
  step: TrainingStep
  note?: string
  dispose?: () => void
}

/** Builds an engine's training loop for a case (data read from the case's files). */
export type EnginePreparer = (benchCase: BenchCase) => Promise<PreparedEngine>
