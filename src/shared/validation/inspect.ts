import { z } from 'zod'
import type { InvokeRequest } from '../ipc/contract'
import { labPath } from './lab-path'
import { parseModelFile } from './model-file'

/** The Inspect screen's channels (issue 6). */
export type InspectChannel =
  | 'inspect:layer'
  | 'inspect:history'
  | 'inspect:sample'
  | 'inspect:trace'
  | 'inspect:gradcheck'
  | 'inspect:batch-gradients'
  | 'inspect:confusion'
  | 'inspect:confusion-cell'
  | 'inspect:held-out'
  | 'inspect:diagnostics'

const id = z.string().min(1).max(64)
const layer = z.number().int().min(1).max(1000)
const row = z.number().int().min(0)
const epoch = z.number().int().min(0)
const part = z.enum(['train', 'validation', 'test'])
const values = z.array(z.number()).min(1).max(1_000_000)
/** Traces and gradient checks print every number of every sample: small batches only. */
const MAX_TRACE_ROWS = 64
const MAX_CHECK_ROWS = 32

/** A model file's content, checked as the CLI checks a file; messages name the field (`model: layers[0].units: …`). */
const modelFile = z.unknown().transform((value, context) => {
  try {
    return parseModelFile(value)
  } catch (error) {
    context.addIssue({ code: 'custom', message: (error as Error).message })
    return z.NEVER
  }
})

/** Where the model comes from: exactly one of these. */
const sourceFields = {
  runId: id.optional(),
  epoch: epoch.optional(),
  model: modelFile.optional(),
  modelPath: labPath.optional()
}
const SOURCE_FIELDS = ['runId', 'model', 'modelPath'] as const

type Fields = Record<string, unknown>
type Context = z.core.$RefinementCtx<Fields>

function refuse(context: Context, field: string, message: string): void {
  context.addIssue({ code: 'custom', path: [field], message })
}

/** Exactly one of runId, model and modelPath. */
function oneSource(value: Fields, context: Context): void {
  const given = SOURCE_FIELDS.filter((field) => value[field] !== undefined)
  if (given.length === 0) refuse(context, 'runId', 'is required (or give model or modelPath)')
  if (given.length > 1) refuse(context, given[1], 'give only one of runId, model and modelPath')
  if (value.epoch !== undefined && value.runId === undefined)
    refuse(context, 'epoch', 'a stored epoch needs a runId')
}

/** Dataset rows (with a run) or inputs with as many target rows; `required`: one of them must be there. */
function batchChoice(value: Fields, context: Context, required: boolean): void {
  const { rows, inputs, targets } = value as {
    rows?: number[]
    inputs?: number[][]
    targets?: number[][]
  }
  if (rows && inputs) refuse(context, 'inputs', 'give either rows or inputs, not both')
  if (rows && value.runId === undefined) refuse(context, 'rows', 'dataset rows need a runId')
  if (inputs && !targets)
    refuse(context, 'targets', 'is required with inputs (one target row per input row)')
  if (targets && !inputs) refuse(context, 'inputs', 'is required with targets')
  if (inputs && targets && inputs.length !== targets.length) {
    refuse(
      context,
      'targets',
      `expected ${inputs.length} rows, one per input row, got ${targets.length}`
    )
  }
  if (required && !rows && !inputs)
    refuse(context, 'rows', 'is required (or give inputs and targets)')
}

/** Rows or inputs for a batch of at most `max` samples. */
function batchFields(max: number) {
  return {
    rows: z.array(row).min(1).max(max).optional(),
    inputs: z.array(values).min(1).max(max).optional(),
    targets: z.array(values).min(1).max(max).optional()
  }
}

const sample = z
  .object({ ...sourceFields, row: row.optional(), inputs: values.optional() })
  .strict()
  .superRefine((value, context) => {
    oneSource(value, context)
    if (value.row === undefined && value.inputs === undefined)
      refuse(context, 'row', 'is required (or give inputs)')
    if (value.row !== undefined && value.inputs !== undefined)
      refuse(context, 'inputs', 'give either row or inputs, not both')
    if (value.row !== undefined && value.runId === undefined)
      refuse(context, 'row', 'a dataset row needs a runId')
  })

const trace = z
  .object({
    ...sourceFields,
    ...batchFields(MAX_TRACE_ROWS),
    learningRate: z.number().positive().optional(),
    l1: z.number().min(0).optional(),
    l2: z.number().min(0).optional(),
    layer: layer.optional()
  })
  .strict()
  .superRefine((value, context) => {
    oneSource(value, context)
    batchChoice(value, context, true)
  })

const gradcheck = z
  .object({
    ...sourceFields,
    ...batchFields(MAX_CHECK_ROWS),
    part: z.enum(['train', 'validation']).optional(),
    count: z.number().int().min(1).max(MAX_CHECK_ROWS).optional(),
    precision: z.enum(['f64', 'model']).optional(),
    epsilon: z.number().positive().max(1).optional(),
    broken: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('flip-bias-sign'), layer: layer.optional() }).strict(),
        z.object({ kind: z.literal('drop-l2') }).strict()
      ])
      .optional()
  })
  .strict()
  .superRefine((value, context) => {
    oneSource(value, context)
    batchChoice(value, context, value.runId === undefined)
  })

/**
 * The schemas of the Inspect calls' requests (joined into INVOKE_SCHEMAS). A refused payload gets
 * a `validation` reply naming the field: `inspect:trace: targets: is required with inputs (…)`.
 */
export const INSPECT_SCHEMAS: { [C in InspectChannel]: z.ZodType<InvokeRequest<C>> } = {
  'inspect:layer': z
    .object({ runId: id, epoch: epoch.optional(), layer, histogramsSince: epoch.optional() })
    .strict(),
  'inspect:history': z.object({ runId: id, sinceEpoch: epoch.optional() }).strict(),
  'inspect:sample': sample as z.ZodType<InvokeRequest<'inspect:sample'>>,
  'inspect:trace': trace as z.ZodType<InvokeRequest<'inspect:trace'>>,
  'inspect:gradcheck': gradcheck as z.ZodType<InvokeRequest<'inspect:gradcheck'>>,
  'inspect:batch-gradients': z
    .object({
      runId: id,
      epoch: epoch.optional(),
      layer,
      rows: z.array(row).min(1).max(1024).optional()
    })
    .strict(),
  'inspect:confusion': z.object({ runId: id, epoch: epoch.optional(), part }).strict(),
  'inspect:confusion-cell': z
    .object({
      runId: id,
      epoch: epoch.optional(),
      part,
      actual: z.number().int().min(0).max(100_000),
      predicted: z.number().int().min(0).max(100_000),
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(1000)
    })
    .strict(),
  'inspect:diagnostics': z.object({ runId: id, epoch: epoch.optional() }).strict(),
  'inspect:held-out': z.object({ runId: id, limit: z.number().int().min(1).max(100_000) }).strict()
}
