import type { Pace } from '../model/pace'
import type { ImportOptions } from '../model/import'
import type { ModelFile } from '../model/model-file'
import type { RunConfig } from '../model/run'

/** The model a Predict or Evaluate on a file uses: a run's (its final or latest weights) or an opened file's. */
export type ResultsModel = { runId: string } | { model: ModelFile }

/** A file the page read (chosen or dropped): its name (for messages) and its text. */
export interface TableText {
  name: string
  /** The file's text, or (`encoding: 'base64'`: workbooks, Parquet, arrays, .gz) its bytes in base64. */
  text: string
  encoding?: 'base64'
}

/** An import from the Data screen: the import options, with its id and path. */
export interface ImportRequest extends ImportOptions {
  /** Chosen by the renderer, so it can cancel the import and match progress events. */
  importId: string
  /** A file or folder on the machine running main (browser mode: an uploaded folder). */
  path: string
}

/** Starting a run from the Training screen. */
export interface StartTrainingRequest {
  datasetId: string
  /** The options the user set; main fills in the rest (as the CLI does). */
  config: Partial<RunConfig>
  /** Begin paused, to step batch by batch. */
  startPaused?: boolean
  /** Begin in slow motion, at this many batches a second (absent or null: full speed). */
  pace?: Pace
  /** Add the run to an existing experiment ("train again with this config"). */
  experimentId?: string
}
