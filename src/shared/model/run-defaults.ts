import { ACTIVATION_CATALOGUE } from './activations/catalogue'
import { DEFAULT_CHECKPOINT_BUDGET_MB } from './checkpoint-rule'
import { CONSTANT_SCHEDULE } from './lr-schedule'
import type { HiddenActivationName, InitName } from './network'
import type { RunConfig } from './run'
import type { OptimizerName } from './training'
import { splitCounts, type SplitSource } from './split-counts'

/**
 * Defaults a run takes when the user leaves them out, shared by main (which fills them in: the
 * CLI, the IPC handlers and the services alike) and the renderer (the designer's first network
 * and the Training screen's first settings).
 */

/**
 * Units of the default hidden layer, and of a layer the designer adds to an empty network. 32,
 * the CLI's documented default, rather than the designer's former 16: runs made without options
 * stay what `train` has always made, and it learns the bundled and real datasets better (MNIST
 * 784-32-10 over 784-16-10) while still training in seconds. The designer draws it as a compact
 * block (its first and last neurons around an ellipsis).
 */
export const DEFAULT_HIDDEN_UNITS = 32

/**
 * Every run setting with a fixed default. The three left out follow from others: the learning
 * rate from the optimizer (DEFAULT_LEARNING_RATES), the epochs from the training rows
 * (defaultEpochs), the initializer from the activation (defaultInit).
 */
export const DEFAULT_RUN_CONFIG: Readonly<
  Omit<RunConfig, 'learningRate' | 'epochs' | 'init' | 'hiddenActivations'>
> = {
  hidden: [DEFAULT_HIDDEN_UNITS],
  activation: 'relu',
  output: 'auto',
  loss: 'auto',
  optimizer: 'adam',
  lrSchedule: CONSTANT_SCHEDULE,
  momentum: 0.9,
  l1: 0,
  l2: 0,
  batchSize: 32,
  earlyStopping: null,
  seed: 42,
  initModel: null,
  precision: 'f32',
  split: [0.8, 0.2],
  normalize: 'auto',
  shuffle: true,
  name: null,
  checkpointBudgetMb: DEFAULT_CHECKPOINT_BUDGET_MB
}

/** Learning rates that work out of the box for each optimizer on standardized data. */
export const DEFAULT_LEARNING_RATES: Record<OptimizerName, number> = {
  sgd: 0.1,
  momentum: 0.05,
  adam: 0.005
}

/**
 * Epochs when none are given: enough passes to see about 150,000 samples, between 10 and 100
 * (100 for iris-sized tables, 10 for Fashion-MNIST).
 */
export function defaultEpochs(trainRows: number): number {
  return Math.min(100, Math.max(10, Math.round(150_000 / Math.max(trainRows, 1))))
}

/** Training rows of a dataset under a split, exactly as a run splits it (splitCounts). */
export function trainRowsOf(dataset: SplitSource, split: readonly number[]): number {
  return splitCounts(dataset, split).train
}

/** The activation's own init family: He for rectifiers, Xavier for the others. */
export function defaultInit(activation: HiddenActivationName): InitName {
  return ACTIVATION_CATALOGUE[activation].init
}

/**
 * The run config with every option the user left out filled in from DEFAULT_RUN_CONFIG
 * (`trainRows` sets the epochs).
 */
export function completeRunConfig(given: Partial<RunConfig>, trainRows: number): RunConfig {
  const defaults = DEFAULT_RUN_CONFIG
  const optimizer = given.optimizer ?? defaults.optimizer
  const activation = given.activation ?? defaults.activation
  return {
    hidden: given.hidden ?? [...defaults.hidden],
    activation,
    ...(given.hiddenActivations ? { hiddenActivations: given.hiddenActivations } : {}),
    output: given.output ?? defaults.output,
    loss: given.loss ?? defaults.loss,
    optimizer,
    learningRate: given.learningRate ?? DEFAULT_LEARNING_RATES[optimizer],
    lrSchedule: given.lrSchedule ?? defaults.lrSchedule,
    momentum: given.momentum ?? defaults.momentum,
    l1: given.l1 ?? defaults.l1,
    l2: given.l2 ?? defaults.l2,
    batchSize: given.batchSize ?? defaults.batchSize,
    epochs: given.epochs ?? defaultEpochs(trainRows),
    earlyStopping: given.earlyStopping ?? defaults.earlyStopping,
    seed: given.seed ?? defaults.seed,
    init: given.init ?? defaultInit(activation),
    initModel: given.initModel ?? defaults.initModel,
    precision: given.precision ?? defaults.precision,
    split: given.split ?? [...defaults.split],
    normalize: given.normalize ?? defaults.normalize,
    ...(given.inputFeatures ? { inputFeatures: [...given.inputFeatures] } : {}),
    shuffle: given.shuffle ?? defaults.shuffle,
    name: given.name ?? defaults.name,
    checkpointBudgetMb: given.checkpointBudgetMb ?? defaults.checkpointBudgetMb
  }
}

/** Settings that runs stored by earlier versions lack. */
type NewerSetting = 'lrSchedule' | 'earlyStopping' | 'checkpointBudgetMb' | 'l1'

/**
 * A stored run's config with the settings added since it was stored filled in as those runs
 * trained: a constant rate, no early stopping, the default checkpoint budget, no L1.
 */
export function storedRunConfig(
  stored: Omit<RunConfig, NewerSetting> & Partial<Pick<RunConfig, NewerSetting>>
): RunConfig {
  return {
    ...stored,
    lrSchedule: stored.lrSchedule ?? CONSTANT_SCHEDULE,
    earlyStopping: stored.earlyStopping ?? null,
    checkpointBudgetMb: stored.checkpointBudgetMb ?? DEFAULT_CHECKPOINT_BUDGET_MB,
    l1: stored.l1 ?? 0
  }
}
