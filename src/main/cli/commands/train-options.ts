import { resolve } from 'node:path'
import { Option, type Command } from 'commander'
import {
  HIDDEN_ACTIVATION_NAMES,
  INIT_NAMES,
  LOSS_NAMES,
  type HiddenActivationName
} from '../../../shared/model/network'
import { NORMALIZE_NAMES } from '../../../shared/model/preprocessing'
import type { OutputChoice, RunConfig } from '../../../shared/model/run'
import { OPTIMIZER_NAMES } from '../../../shared/model/training'
import type { ImportOptions } from '../../services/datasets/imported-dataset'
import {
  oneOf,
  parseBatch,
  parseHidden,
  parseImageSize,
  parseMomentum,
  parseNames,
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
  shuffle?: boolean
  saveModel?: string
  name?: string
  labelColumn?: string
  targets?: string[]
  imageSize?: { width: number; height: number }
  grayscale?: boolean
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
}

/** Adds every `train` option of CONTRACTS.md section 3. */
export function addTrainOptions(command: Command): Command {
  return command
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
    .option('--no-shuffle', 'keep file order instead of reshuffling every epoch')
    .option('--save-model <file>', 'write the trained model file here')
    .option('--name <name>', 'a name for the run')
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
    shuffle: values.shuffle,
    name: values.name
  }
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined))
}

/** The import options among `train`'s options (for a DATA path). */
export function importOptions(values: TrainOptionValues): ImportOptions {
  return {
    labelColumn: values.labelColumn,
    targets: values.targets,
    imageSize: values.imageSize,
    grayscale: values.grayscale
  }
}
