import { GENERATED_POINTS, GENERATOR_NAMES, MAX_NOISE_PERCENT } from '../model/generators'
import { APPEARANCES } from '../app-commands'
import { z } from 'zod'
import { INPUT_FEATURE_NAMES } from '../model/input-features'
import { SAMPLE_NAMES, type InvokeChannel, type InvokeRequest } from '../ipc/contract'
import { EXPORT_FORMATS } from '../model/exports'
import type { ModelFile } from '../model/model-file'
import { RACE_SIZE } from '../model/branch'
import { UI_LOCALES } from '../model/app-state'
import { INSPECT_SCHEMAS } from './inspect'
import { firstIssueMessage, ValidationError, zodErrorText } from './issues'
import { labPath } from './lab-path'
import { hiddenActivation, pace, runConfig, storedRunConfig } from './run-config'
import { LOSS_NAMES } from '../model/network'
import { LIMITS } from '../limits'

const id = z.string().min(1).max(64)
const name = z.string().trim().min(1).max(200)
const runRequest = z.object({ runId: id })
const datasetRequest = z.object({ datasetId: id })
/** The largest model file text Open model… sends: what one WebSocket message carries, less the envelope. */
const MAX_MODEL_TEXT = LIMITS.socketMessageBytes.value - 4096
/** A model for Predict/Evaluate on a file: a run's, or an opened file's (checked by parseModelFile). */
const resultsModel = z.union([
  runRequest.strict(),
  z
    .object({
      model: z.custom<ModelFile>((value) => typeof value === 'object' && value !== null)
    })
    .strict()
])
/** A file the page read: its name and text or base64 bytes (at most what one WebSocket message carries). */
const tableText = z
  .object({
    name: z.string().min(1).max(255),
    text: z.string().max(MAX_MODEL_TEXT),
    encoding: z.literal('base64').optional()
  })
  .strict()
const networkDraft = z.object({
  hidden: z
    .array(z.object({ units: z.number().int().min(1), activation: hiddenActivation }))
    .max(64),
  output: z.enum(['auto', 'sigmoid', 'softmax', 'linear']),
  loss: z.enum(['auto', ...LOSS_NAMES]),
  inputFeatures: z.array(z.enum(INPUT_FEATURE_NAMES)).min(1).optional()
})

/**
 * The schema of every call's request (`null`: the call takes nothing). Main checks each payload
 * against it before a handler sees it, because the renderer is not trusted.
 */
export const INVOKE_SCHEMAS: { [C in InvokeChannel]: z.ZodType<InvokeRequest<C>> | null } = {
  'app:info': null,
  'app:state-get': null,
  'app:state-set': z.object({
    view: z.string().max(40),
    datasetId: id.nullable(),
    network: networkDraft.nullable(),
    training: storedRunConfig.nullable(),
    runId: id.nullable(),
    presetModel: z.string().max(4096).nullable().optional(),
    locale: z.enum(UI_LOCALES).optional(),
    learn: z
      .object({
        lesson: z.string().max(40).nullable(),
        visited: z.array(z.string().max(40)).max(50),
        answered: z
          .record(z.string().max(80), z.boolean())
          .refine(
            (answered) => Object.keys(answered).length <= 200,
            'must have at most 200 entries'
          ),
        notation: z.string().max(20).optional()
      })
      .optional(),
    splitView: z.boolean().optional()
  }) as z.ZodType<InvokeRequest<'app:state-set'>>,
  'app:appearance-set': z.object({ appearance: z.enum(APPEARANCES) }),
  'app:open-dialog': z.object({ kind: z.enum(['file', 'folder', 'experiment']) }),
  'uploads:create': null,
  'datasets:list': null,
  'datasets:get': datasetRequest,
  'datasets:import': z.object({
    importId: id,
    path: labPath,
    name: name.optional(),
    labelColumn: z.string().min(1).optional(),
    targets: z.array(z.string().min(1)).min(1).optional(),
    ignoreColumns: z.array(z.string().min(1)).optional(),
    sheet: z.string().min(1).optional(),
    labelsFile: labPath.optional(),
    arrays: z.object({ features: z.string().min(1), labels: z.string().min(1) }).optional(),
    imageSize: z
      .object({
        width: z.number().int().min(1).max(4096),
        height: z.number().int().min(1).max(4096)
      })
      .optional(),
    grayscale: z.boolean().optional()
  }),
  'datasets:cancel-import': z.object({ importId: id }),
  'datasets:sample': z.object({ name: z.enum(SAMPLE_NAMES) }),
  'datasets:generate': z
    .object({
      generator: z.enum(GENERATOR_NAMES),
      points: z.number().int().min(GENERATED_POINTS.min).max(GENERATED_POINTS.max),
      noisePercent: z.number().min(0).max(MAX_NOISE_PERCENT),
      seed: z.number().int().min(0).max(0xffffffff)
    })
    .strict(),
  'datasets:preview': z.object({
    datasetId: id,
    offset: z.number().int().min(0),
    limit: z.number().int().min(1).max(5000),
    classIndex: z.number().int().min(0).optional()
  }),
  'datasets:columns': datasetRequest,
  'datasets:rename': z.object({ datasetId: id, name }),
  'datasets:rename-classes': z.object({
    datasetId: id,
    classes: z.array(z.string().trim().min(1).max(200)).min(1).max(10_000)
  }),
  'datasets:delete': datasetRequest,
  'datasets:unregistered': null,
  'datasets:restore': z.object({ folderIds: z.array(id).min(1).max(10_000) }),
  'training:start': z.object({
    datasetId: id,
    config: runConfig,
    startPaused: z.boolean().optional(),
    pace: pace.optional(),
    experimentId: id.optional()
  }) as z.ZodType<InvokeRequest<'training:start'>>,
  'training:stop': runRequest,
  'training:pause': runRequest,
  'training:resume': runRequest,
  'training:step': runRequest,
  'training:pace': z.object({ runId: id, pace }).strict(),
  'training:continue': runRequest,
  'training:live': runRequest,
  'training:boundary': z.object({
    runId: id,
    resolution: z.number().int().min(2).max(200),
    epoch: z.number().int().min(0).max(1_000_000).optional(),
    precision: z.enum(['exact', 'colour']).optional()
  }),
  'training:branch': z
    .object({
      runId: id,
      epoch: z.number().int().min(0).max(1_000_000).optional(),
      changes: runConfig.pick({
        optimizer: true,
        learningRate: true,
        lrSchedule: true,
        momentum: true,
        l1: true,
        l2: true,
        batchSize: true,
        epochs: true,
        earlyStopping: true,
        name: true
      })
    })
    .strict() as z.ZodType<InvokeRequest<'training:branch'>>,
  'training:race': z
    .object({
      datasetId: id,
      config: runConfig,
      variants: z
        .array(
          runConfig.pick({
            optimizer: true,
            learningRate: true,
            momentum: true,
            l2: true,
            lrSchedule: true,
            name: true
          })
        )
        .min(RACE_SIZE.min)
        .max(RACE_SIZE.max)
    })
    .strict() as z.ZodType<InvokeRequest<'training:race'>>,
  'runs:list': null,
  'runs:get': runRequest,
  'runs:rename': z.object({ runId: id, name }),
  'runs:annotate': z.object({
    runId: id,
    notes: z.string().max(10_000),
    tags: z.array(z.string().trim().min(1).max(40)).max(20)
  }),
  'runs:delete': runRequest,
  'runs:export': z.object({
    runId: id,
    format: z.enum(EXPORT_FORMATS),
    withData: z.boolean().optional()
  }),
  'runs:report': runRequest,
  'experiments:save': z.object({ runIds: z.array(id).min(1).max(1000) }),
  'experiments:open': z.object({ path: labPath }),
  'models:open': null,
  'models:read': z.object({
    name: z.string().min(1).max(255),
    text: z.string().max(MAX_MODEL_TEXT)
  }),
  // The model is checked by parseModelFile in the handler, whose messages name the field.
  'models:predict': z.object({
    model: z.custom<ModelFile>((value) => typeof value === 'object' && value !== null),
    rows: z.array(z.array(z.number()).max(1_000_000)).min(1).max(1000)
  }),
  'results:predict': z.object({ source: resultsModel, table: tableText }).strict(),
  'results:evaluate': z
    .object({
      source: resultsModel,
      data: z.union([
        datasetRequest.strict(),
        z.object({ table: tableText, labelColumn: z.string().min(1).max(200).optional() }).strict()
      ])
    })
    .strict(),
  ...INSPECT_SCHEMAS,
  'learn:vectorization': null
}

/**
 * Checks a call's request against its schema and returns it typed, or throws a ValidationError
 * naming the channel and the field: `training:start: config.learningRate: must be greater than 0, got -1`.
 */
export function validateRequest<C extends InvokeChannel>(
  channel: C,
  request: unknown
): InvokeRequest<C> {
  const schema = INVOKE_SCHEMAS[channel]
  if (schema === null) {
    if (request !== undefined) throw new ValidationError(`${channel}: takes no request, got one`)
    return undefined as InvokeRequest<C>
  }
  const parsed = schema.safeParse(request, { error: zodErrorText })
  if (!parsed.success) throw new ValidationError(`${channel}: ${firstIssueMessage(parsed.error)}`)
  return parsed.data
}
