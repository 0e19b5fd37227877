import type { ModelFile } from './model-file'
import type { NetworkSpec } from './network'
import type { Preprocessing } from './preprocessing'
import type { CheckpointFacts } from './checkpoint-rule'
import type { RunDetail, RunParent, RunSummary } from './run'
import type { TargetCheck } from './task'

/** A run in the Experiments list. */
export interface RunListItem extends RunSummary {
  experimentId: string
  datasetName: string | null
  /** Layer widths from inputs to outputs, e.g. "4-32-3". */
  architecture: string
  trainAccuracy: number | null
  plannedEpochs: number
  /** Training time in seconds, pauses left out (see RunRecord.activeSeconds). */
  seconds: number | null
  /** A running run paused right now. */
  paused: boolean
  notes: string
  tags: string[]
  /** The run it branched from (Experiments draws runs as a tree). */
  parent: RunParent | null
  raceId: string | null
  /** Its task's target, checked when it ended (null: no task, or still training). */
  targetCheck: TargetCheck | null
}

/** Everything the Experiments screen shows of one run. */
export interface RunPage {
  detail: RunDetail
  network: NetworkSpec
  preprocessing: Preprocessing | null
  datasetName: string | null
  classes: string[] | null
  /** Thinned per-batch losses: step (batches since the start) and J of that batch. */
  batchLosses: { step: number; loss: number }[]
  /** Final evaluation (confusion matrices), once the run has ended. */
  summary: RunEvaluationSummary | null
  /** Training time in seconds, pauses left out (as the list's `seconds`). */
  seconds: number | null
  model: ModelFile | null
  /** Epochs with a stored checkpoint (exact to scrub to and branch from) and the rule kept. */
  checkpoints: CheckpointFacts
  /** The epoch the final model's weights are from (the best one after early stopping). */
  modelEpoch: number
  targetCheck: TargetCheck | null
}

/** One part's evaluation as stored with a finished run. */
export interface PartEvaluation {
  loss: number
  accuracy: number | null
  confusion: number[][] | null
}

/** The final evaluation of a run on each part of its split. */
export interface RunEvaluationSummary {
  train: PartEvaluation | null
  validation: PartEvaluation | null
  test: PartEvaluation | null
  trainingSeconds: number
  samplesPerSecond: number
}
