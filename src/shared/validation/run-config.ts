import { z } from 'zod'
import { MAX_PACE } from '../model/pace'
import { INPUT_FEATURE_NAMES } from '../model/input-features'
import { HIDDEN_ACTIVATION_NAMES, INIT_NAMES, LOSS_NAMES } from '../model/network'
import { NORMALIZE_NAMES } from '../model/preprocessing'
import { OPTIMIZER_NAMES } from '../model/training'
import { MONITORS } from '../model/early-stopping'
import { labPath } from './lab-path'

/** A hidden layer's activation (the run config's, and the network draft's in the UI state). */
export const hiddenActivation = z.enum(HIDDEN_ACTIVATION_NAMES as [string, ...string[]])

const warmup = { warmupEpochs: z.number().int().min(0).max(1_000_000) }
/** A learning-rate schedule's shape (its numbers are checked against the run by main). */
const lrSchedule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('constant'), ...warmup }).strict(),
  z
    .object({
      kind: z.literal('step'),
      stepEpochs: z.number().int().min(1).max(1_000_000),
      gamma: z.number(),
      ...warmup
    })
    .strict(),
  z.object({ kind: z.literal('exponential'), gamma: z.number(), ...warmup }).strict(),
  z.object({ kind: z.literal('cosine'), minLearningRate: z.number().min(0), ...warmup }).strict()
])
const earlyStopping = z
  .object({
    monitor: z.enum(MONITORS),
    patience: z.number().int().min(1).max(1_000_000),
    restoreBest: z.boolean()
  })
  .strict()

/** Slow motion's batches a second, or null for full speed. */
export const pace = z.number().positive().max(MAX_PACE).nullable()

/** Every RunConfig field the renderer may set; all optional (main fills in defaults). */
export const runConfig = z
  .object({
    hidden: z.array(z.number().int().min(1).max(100_000)).max(64),
    activation: hiddenActivation,
    hiddenActivations: z.array(hiddenActivation).max(64),
    output: z.enum(['auto', 'sigmoid', 'softmax', 'linear']),
    loss: z.enum(['auto', ...LOSS_NAMES]),
    optimizer: z.enum(OPTIMIZER_NAMES),
    learningRate: z.number().positive(),
    lrSchedule,
    earlyStopping: earlyStopping.nullable(),
    momentum: z.number().min(0).lt(1),
    l1: z.number().min(0),
    l2: z.number().min(0),
    batchSize: z.union([z.number().int().min(1), z.literal('full')]),
    epochs: z.number().int().min(1).max(1_000_000),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1),
    init: z.enum(INIT_NAMES),
    initModel: labPath.nullable(),
    precision: z.enum(['f32', 'f64']),
    split: z.array(z.number().min(0)).min(1).max(3),
    normalize: z.enum(NORMALIZE_NAMES),
    inputFeatures: z.array(z.enum(INPUT_FEATURE_NAMES)).min(1).max(INPUT_FEATURE_NAMES.length),
    shuffle: z.boolean(),
    name: z.string().max(200).nullable()
  })
  .partial()
  .strict()

/**
 * The Training screen's settings as kept in the UI state: `initModel` is only stored there, never
 * read, so it is not a path main checks (training:start checks it when a run uses it).
 */
export const storedRunConfig = runConfig.extend({
  initModel: z.string().max(4096).nullable().optional()
})
