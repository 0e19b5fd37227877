import type { ModelFile } from './model-file'
import type { NetworkSpec } from './network'
import type { Preprocessing } from './preprocessing'
import type { RunDetail, RunSummary } from './run'

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
