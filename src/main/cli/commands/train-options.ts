import { resolve } from 'node:path'
import { Option, type Command } from 'commander'
import {
  HIDDEN_ACTIVATION_NAMES,
  INIT_NAMES,
  LOSS_NAMES,
  type HiddenActivationName
} from '../../../shared/model/network'
import { NORMALIZE_NAMES } from '../../../shared/model/preprocessing'
import { INPUT_FEATURE_NAMES, type InputFeatureName } from '../../../shared/model/input-features'
import type { OutputChoice, RunConfig } from '../../../shared/model/run'
import { OPTIMIZER_NAMES } from '../../../shared/model/training'
import type { ImportOptions } from '../../services/datasets/imported-dataset'
import {
  EARLY_STOPPING_DEFAULTS,
  MONITORS,
  type EarlyStoppingConfig,
  type Monitor
} from '../../../shared/model/early-stopping'
import { UsageError } from '../usage-error'
import { TRAIN_OPTION_SYNONYMS, addOptionSynonyms } from '../option-synonyms'
import {
  SCHEDULE_DEFAULTS,
  SCHEDULE_KINDS,
  type LearningRateSchedule,
  type ScheduleKind
} from '../../../shared/model/lr-schedule'
import {
  oneOf,
  parseArrays,
  parseBatch,
  parseHidden,
  parseImageSize,
  parseMomentum,
  parseNames,
  parseFeatures,
  parseNonNegative,
  parsePositive,
  parseSplit,
  parseWhole
} from '../option-values'

/** The raw option values commander hands to `train`. */
export interface TrainOptionValues {
  hidden?: number[]
  activation?: HiddenActivationName
  output?: OutputChoice
  loss?: RunConfig['loss']
  optimizer?: RunConfig['optimizer']
  lr?: number
  momentum?: number
  l1?: number
  l2?: number
  batch?: number | 'full'
  epochs?: number
  seed?: number
  init?: RunConfig['init']
  initModel?: string
  precision?: RunConfig['precision']
  split?: number[]
  normalize?: RunConfig['normalize']
  features?: InputFeatureName[]
  shuffle?: boolean
  saveModel?: string
  name?: string
  lrSchedule?: ScheduleKind
  lrStep?: number
  lrGamma?: number
  lrMin?: number
  warmup?: number
  earlyStopping?: boolean
  patience?: number
  monitor?: Monitor
  restoreBest?: boolean
  checkpointBudget?: number
  from?: string
  labelColumn?: string
  targets?: string[]
  imageSize?: { width: number; height: number }
  grayscale?: boolean
  sheet?: string
  labels?: string
  arrays?: { features: string; labels: string }
}

/** Adds the import options (`import` and `train PATH` share them). */
export function addImportOptions(command: Command): Command {
  return command
    .option('--label-column <column>', 'the class label column of a CSV (default: the last column)')
    .option(
      '--targets <columns>',
      'regression target columns of a CSV, comma-separated',
      parseNames
    )
    .option(
      '--image-size <WxH>',
      'resize every image to this size (default: the size most images share)',
      parseImageSize
    )
    .option('--grayscale', 'convert images to one gray channel')
    .option('--sheet <name>', 'the sheet of an Excel workbook (default: the first)')
    .option('--labels <file>', 'the labels .npy of a features .npy (default: y.npy beside X.npy)')
    .option(
      '--arrays <features,labels>',
      'the features and labels arrays of an .npz (default: X,y or x,y or inputs,targets)',
      parseArrays
    )
}

/** Adds every `train` option of CONTRACTS.md section 3. */
export function addTrainOptions(command: Command): Command {
  return addOptionSynonyms(command, TRAIN_OPTION_SYNONYMS)
    .option(
      '--hidden <widths>',
      'hidden layer widths, e.g. 64,32 ("" or none: no hidden layer)',
      parseHidden
    )
    .addOption(
      new Option(
        '--activation <name>',
        `hidden layer activation: ${HIDDEN_ACTIVATION_NAMES.join(', ')}`
      ).argParser(oneOf(HIDDEN_ACTIVATION_NAMES))
    )
    .addOption(
      new Option('--output <kind>', 'output layer: auto, sigmoid, softmax or linear').argParser(
        oneOf(['auto', 'sigmoid', 'softmax', 'linear'] as const)
      )
    )
    .addOption(
      new Option(
        '--loss <name>',
        'auto, cross-entropy, binary-cross-entropy or half-squared-error'
      ).argParser(oneOf(['auto', ...LOSS_NAMES] as const))
    )
    .addOption(
      new Option('--optimizer <name>', 'sgd, momentum or adam').argParser(oneOf(OPTIMIZER_NAMES))
    )
    .option('--lr <rate>', 'learning rate η', parsePositive)
    .option('--momentum <mu>', 'momentum μ (for --optimizer momentum)', parseMomentum)
    .option('--l1 <lambda>', 'L1 strength λ₁ on weights (adds λ₁ Σ|W| to J)', parseNonNegative)
    .option('--l2 <lambda>', 'L2 strength λ on weights', parseNonNegative)
    .option('--batch <size>', 'samples per batch, or full', parseBatch)
    .option('--epochs <count>', 'passes over the training set', (text) => parseWhole(text, 1))
    .option('--seed <number>', 'seed for initialization, split and shuffling', (text) =>
      parseWhole(text)
    )
    .addOption(new Option('--init <name>', 'weight initializer').argParser(oneOf(INIT_NAMES)))
    .option('--init-model <file>', "start from this model file's architecture and weights")
    .addOption(
      new Option('--precision <kind>', 'f32 or f64').argParser(oneOf(['f32', 'f64'] as const))
    )
    .option(
      '--split <fractions>',
      'train,validation[,test] fractions (1 = all for training)',
      parseSplit
    )
    .addOption(
      new Option('--normalize <kind>', NORMALIZE_NAMES.join(', ')).argParser(oneOf(NORMALIZE_NAMES))
    )
    .option(
      '--features <names>',
      `input features computed from 2-D data's x and y: ${INPUT_FEATURE_NAMES.join(',')} (x2 is x², xy is x·y)`,
      parseFeatures
    )
    .option('--no-shuffle', 'keep file order instead of reshuffling every epoch')
    .option('--save-model <file>', 'write the trained model file here')
    .option('--name <name>', 'a name for the run')
    .addOption(
      new Option(
        '--lr-schedule <kind>',
        'learning rate by epoch: constant, step, exponential or cosine'
      ).argParser(oneOf(SCHEDULE_KINDS))
    )
    .option('--lr-step <epochs>', 'step: epochs between decays (default 10)', (text) =>
      parseWhole(text, 1)
    )
    .option(
      '--lr-gamma <factor>',
      'step and exponential: the decay factor γ in (0, 1] (default 0.5 and 0.95)',
      parsePositive
    )
    .option('--lr-min <rate>', 'cosine: the rate it ends at (default 0)', parseNonNegative)
    .option('--warmup <epochs>', 'linear warm-up epochs before the schedule (default 0)', (text) =>
      parseWhole(text)
    )
    .option(
      '--early-stopping',
      'stop when validation has not improved for --patience epochs, keeping the best weights'
    )
    .option(
      '--patience <epochs>',
      'early stopping: epochs without improvement (default 10)',
      (text) => parseWhole(text, 1)
    )
    .addOption(
      new Option('--monitor <figure>', 'early stopping watches val-loss or val-accuracy').argParser(
        oneOf(MONITORS)
      )
    )
    .option('--no-restore-best', "early stopping: end with the last epoch's weights")
    .option(
      '--checkpoint-budget <MB>',
      'storage for the run’s checkpoints (default 50); beyond it fewer epochs are kept',
      parsePositive
    )
}

/** The run config fields the user gave (the service fills in the rest). */
export function givenRunConfig(values: TrainOptionValues): Partial<RunConfig> {
  const given: Partial<RunConfig> = {
    hidden: values.hidden,
    activation: values.activation,
    output: values.output,
    loss: values.loss,
    optimizer: values.optimizer,
    learningRate: values.lr,
    momentum: values.momentum,
    l1: values.l1,
    l2: values.l2,
    batchSize: values.batch,
    epochs: values.epochs,
    seed: values.seed,
    init: values.init,
    // absolute, so that `resume` finds the file from any folder
    initModel: values.initModel === undefined ? undefined : resolve(values.initModel),
    precision: values.precision,
    split: values.split,
    normalize: values.normalize,
    inputFeatures: values.features,
    shuffle: values.shuffle,
    name: values.name,
    lrSchedule: scheduleOption(values),
    earlyStopping: earlyStoppingOption(values),
    checkpointBudgetMb: values.checkpointBudget
  }
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined))
}

/** The import options among `train`'s options (for a DATA path). */
export function importOptions(values: TrainOptionValues): ImportOptions {
  return {
    labelColumn: values.labelColumn,
    targets: values.targets,
    imageSize: values.imageSize,
    grayscale: values.grayscale,
    sheet: values.sheet,
    labelsFile: values.labels,
    arrays: values.arrays
  }
}

/** `--lr-schedule` and its settings; undefined when none is given. */
function scheduleOption(values: TrainOptionValues): LearningRateSchedule | undefined {
  const { lrStep, lrGamma, lrMin, warmup } = values
  const kind = values.lrSchedule ?? (warmup !== undefined ? 'constant' : undefined)
  const misplaced = (option: string, kinds: string) =>
    new UsageError(`${option} belongs to --lr-schedule ${kinds}`)
  if (lrStep !== undefined && kind !== 'step') throw misplaced('--lr-step', 'step')
  if (lrGamma !== undefined && kind !== 'step' && kind !== 'exponential')
    throw misplaced('--lr-gamma', 'step or exponential')
  if (lrMin !== undefined && kind !== 'cosine') throw misplaced('--lr-min', 'cosine')
  if (kind === undefined) return undefined
  const schedule: LearningRateSchedule = { ...SCHEDULE_DEFAULTS[kind] }
  if (warmup !== undefined) schedule.warmupEpochs = warmup
  if (schedule.kind === 'step') {
    schedule.stepEpochs = lrStep ?? schedule.stepEpochs
    schedule.gamma = lrGamma ?? schedule.gamma
  }
  if (schedule.kind === 'exponential') schedule.gamma = lrGamma ?? schedule.gamma
  if (schedule.kind === 'cosine') schedule.minLearningRate = lrMin ?? schedule.minLearningRate
  return schedule
}

/** `--early-stopping [--patience N] [--monitor F] [--no-restore-best]`; undefined without it. */
function earlyStoppingOption(values: TrainOptionValues): EarlyStoppingConfig | undefined {
  if (!values.earlyStopping) {
    const stray = [
      values.patience !== undefined && '--patience',
      values.monitor !== undefined && '--monitor',
      values.restoreBest === false && '--no-restore-best'
    ].filter(Boolean)
    if (stray.length)
      throw new UsageError(
        `${stray.join(' and ')} ${stray.length === 1 ? 'needs' : 'need'} --early-stopping`
      )
    return undefined
  }
  return {
    monitor: values.monitor ?? EARLY_STOPPING_DEFAULTS.monitor,
    patience: values.patience ?? EARLY_STOPPING_DEFAULTS.patience,
    restoreBest: values.restoreBest !== false
  }
}
