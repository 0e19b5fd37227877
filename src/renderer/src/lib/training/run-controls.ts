import type { StartTrainingRequest } from '@shared/ipc/requests'
import type { InitName } from '@shared/model/network'
import type { DesignProblem } from '@shared/model/network-design'
import type { RunConfig } from '@shared/model/run'
import { DEFAULT_LEARNING_RATES, DEFAULT_RUN_CONFIG } from '@shared/model/run-defaults'

/** Where a run stands, as the controls see it. */
export type RunPhase = 'idle' | 'starting' | 'running' | 'paused' | 'ended'

/** The Training screen's run controls. */
export const TRAINING_CONTROLS = ['start', 'pause', 'resume', 'step', 'stop'] as const
export type TrainingControl = (typeof TRAINING_CONTROLS)[number]

/** Training settings the Training screen edits (the network's fields come from the designer). */
export type TrainingSettings = Pick<
  RunConfig,
  | 'optimizer'
  | 'learningRate'
  | 'lrSchedule'
  | 'earlyStopping'
  | 'momentum'
  | 'l1'
  | 'l2'
  | 'batchSize'
  | 'seed'
  | 'precision'
  | 'split'
  | 'normalize'
  | 'shuffle'
> & {
  /** null: the lab's default for the dataset's size. */
  epochs: number | null
  /**
   * The weight initializer; absent: the lab's default for the activation (He for rectifiers,
   * Xavier otherwise). The Learn screen sets `zeros` for logistic regression.
   */
  init?: InitName
}

const {
  optimizer,
  lrSchedule,
  earlyStopping,
  momentum,
  l1,
  l2,
  batchSize,
  seed,
  precision,
  split,
  normalize,
  shuffle
} = DEFAULT_RUN_CONFIG

/** The settings of a first session: the lab's run defaults, epochs left to the dataset's size. */
export const DEFAULT_SETTINGS: TrainingSettings = {
  optimizer,
  learningRate: DEFAULT_LEARNING_RATES[optimizer],
  lrSchedule: { ...lrSchedule },
  earlyStopping,
  momentum,
  l1,
  l2,
  batchSize,
  epochs: null,
  seed,
  precision,
  split: [...split],
  normalize,
  shuffle
}

/** Why Start cannot be used: no dataset, the network's design problem, or a field's text. */
export type StartBlocker =
  | { key: 'noDataset' }
  | { key: 'networkProblem'; problem: DesignProblem }
  | { key: 'invalidSetting'; field: string }

/**
 * What keeps a run from starting: no dataset, a network that cannot train on it, or a settings
 * field (named by its label) whose text is not a valid value: the run would otherwise train
 * with the field's last valid value, which the screen no longer shows.
 */
export function startBlockerOf(
  hasDataset: boolean,
  networkProblem: DesignProblem | null,
  invalidField: string | null = null
): StartBlocker | null {
  if (!hasDataset) return { key: 'noDataset' }
  if (networkProblem) return { key: 'networkProblem', problem: networkProblem }
  if (invalidField !== null) return { key: 'invalidSetting', field: invalidField }
  return null
}

/**
 * Which controls can be used in a phase. `canStart` is false while something blocks a new run
 * (no dataset, a network that cannot train on the data). Step starts a new run paused when
 * none is going, and trains one batch of a paused one.
 */
export function controlStates(
  phase: RunPhase,
  canStart: boolean
): Record<TrainingControl, boolean> {
  const fresh = (phase === 'idle' || phase === 'ended') && canStart
  return {
    start: fresh,
    pause: phase === 'running',
    resume: phase === 'paused',
    step: fresh || phase === 'paused',
    stop: phase === 'running' || phase === 'paused'
  }
}

/**
 * The `training:start` request: the settings merged with the network design's fields, as plain
 * data (no reactive proxies, which Electron's structured clone refuses). Epochs left on auto are
 * omitted so main applies its default.
 */
export function buildStartRequest(
  datasetId: string,
  settings: TrainingSettings,
  networkPart: Partial<RunConfig>,
  startPaused: boolean
): StartTrainingRequest {
  const { epochs, ...rest } = settings
  const merged: Partial<RunConfig> = {
    ...rest,
    ...(epochs === null ? {} : { epochs }),
    ...networkPart
  }
  const config = JSON.parse(JSON.stringify(merged)) as Partial<RunConfig>
  return { datasetId, config, startPaused }
}
