import type { RunConfig } from '@shared/model/run'

/**
 * Where a run setting shows. `network`: the run page's settings table shows it as the config gives
 * it; a comparison shows the network the run built instead (its own rows, so `auto` choices show
 * what they became). `training`: both show it as the config gives it. `record`: the run page
 * only (a name, or storage that does not change the numbers).
 */
export type SettingRole = 'network' | 'training' | 'record'

/**
 * Every field of a run's config, in the order a reader wants them: the network, the optimizer
 * and its schedule, the initialization and precision, the data handling, then the record. A field
 * added to RunConfig is a compile error here until it is given its place.
 */
export const RUN_SETTINGS = {
  hidden: 'network',
  activation: 'network',
  hiddenActivations: 'network',
  output: 'network',
  loss: 'network',
  optimizer: 'training',
  learningRate: 'training',
  lrSchedule: 'training',
  momentum: 'training',
  l1: 'training',
  l2: 'training',
  batchSize: 'training',
  epochs: 'training',
  earlyStopping: 'training',
  init: 'training',
  initModel: 'training',
  precision: 'training',
  seed: 'training',
  split: 'training',
  normalize: 'training',
  inputFeatures: 'training',
  shuffle: 'training',
  name: 'record',
  checkpointBudgetMb: 'record'
} as const satisfies Record<keyof RunConfig, SettingRole>

type RunSetting = keyof typeof RUN_SETTINGS
/** The run settings of one role. */
export type SettingOfRole<R extends SettingRole> = {
  [K in RunSetting]: (typeof RUN_SETTINGS)[K] extends R ? K : never
}[RunSetting]

/** Every run setting, in the table's order. */
export const CONFIG_SETTINGS = Object.keys(RUN_SETTINGS) as RunSetting[]

/** The settings compared between runs as their configs give them, in the table's order. */
export const TRAINING_SETTINGS = CONFIG_SETTINGS.filter(
  (key): key is SettingOfRole<'training'> => RUN_SETTINGS[key] === 'training'
)
