import type { RunConfig } from './run'

/**
 * Branching and racing: which settings a branch may change from its parent, and which settings
 * the runs of a race may differ in (everything else, and so the initial weights and the batch
 * order, is the same for all of them).
 */

/** What "Continue from here" and `train --from` may change. */
export const BRANCH_SETTINGS = [
  'learningRate',
  'lrSchedule',
  'optimizer',
  'momentum',
  'l1',
  'l2',
  'batchSize',
  'epochs',
  'earlyStopping',
  'checkpointBudgetMb',
  'name'
] as const satisfies readonly (keyof RunConfig)[]
export type BranchSetting = (typeof BRANCH_SETTINGS)[number]
export type BranchChanges = Partial<Pick<RunConfig, BranchSetting>>

/** Starting a branch: the parent run, the epoch (default: its latest checkpoint), the changes. */
export interface BranchRequest {
  runId: string
  epoch?: number
  changes: BranchChanges
}

/** What the runs of a race may differ in. */
export const RACE_SETTINGS = [
  'optimizer',
  'learningRate',
  'momentum',
  'l1',
  'l2',
  'lrSchedule',
  'name'
] as const satisfies readonly (keyof RunConfig)[]
export type RaceSetting = (typeof RACE_SETTINGS)[number]
export type RaceVariant = Partial<Pick<RunConfig, RaceSetting>>

/** Runs in a race. */
export const RACE_SIZE = { min: 2, max: 4 } as const

/** Starting a race: one dataset and base config, and each run's own settings. */
export interface RaceRequest {
  datasetId: string
  config: Partial<RunConfig>
  variants: RaceVariant[]
}
