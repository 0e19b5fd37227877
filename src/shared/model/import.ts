import type { NetworkDraft } from './app-state'
import type { DatasetSummary } from './dataset'
import type { RunConfig } from './run'

/** Import progress pushed while a dataset imports. */
export interface ImportProgress {
  importId: string
  done: number
  total: number | null
}

/** The result of an import. */
export interface ImportOutcome {
  dataset: DatasetSummary
  reused: boolean
  /** A sample's own network and settings (the textbook example's preset weights). */
  suggested?: { network: NetworkDraft; config: Partial<RunConfig> }
}
