import { z } from 'zod'
import { ACTIVATION_NAMES, INIT_NAMES, LOSS_NAMES, type ActivationSettings } from '../model/network'
import { GELU_APPROXIMATIONS } from '../model/activations/activation-record'
import { ACTIVATION_CATALOGUE } from '../model/activations/catalogue'
import { lossRecord } from '../model/losses/catalogue'
import { MODEL_FORMAT, MODEL_FORMAT_VERSION, type ModelFile } from '../model/model-file'
import { fieldIssueOf, formatPath, ValidationError, zodErrorText } from './issues'
import { formatLimit, LIMITS, limitOf, type LimitName } from '../limits'
import { message } from '../messages'
import type { ModelProblem } from '../message-tables/model-file-refusals'
import { parameterCountOf } from '../model/network-design'
import { INPUT_FEATURE_NAMES, isInputFeatureName, rawInputSize } from '../model/input-features'

const finiteNumber = z.number()
const positiveInteger = z.number().int().positive()

const preprocessingSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('standardize'),
    mean: z.array(finiteNumber),
    std: z.array(finiteNumber)
  }),
  z.object({ kind: z.literal('minmax'), min: z.array(finiteNumber), max: z.array(finiteNumber) }),
  z.object({ kind: z.literal('scale'), factor: finiteNumber })
])

/** The activations' settings a layer may give (activation-record.ts). */
const ACTIVATION_SETTING_SCHEMAS = {
  alpha: finiteNumber.optional(),
  approximate: z.enum(GELU_APPROXIMATIONS).optional()
} satisfies Record<keyof ActivationSettings, z.ZodType>

const layerSchema = z.looseObject({
  units: positiveInteger,
  activation: z.enum(ACTIVATION_NAMES),
  ...ACTIVATION_SETTING_SCHEMAS,
  weights: z.array(z.array(finiteNumber)).optional(),
  biases: z.array(finiteNumber).optional(),
  trainable: z
    .object({ weights: z.boolean().optional(), biases: z.boolean().optional() })
    .optional()
})

const modelFileSchema = z.looseObject({
  format: z.literal(MODEL_FORMAT),
  formatVersion: positiveInteger,
  inputSize: positiveInteger,
  inputShape: z.array(positiveInteger).optional(),
  layers: z.array(layerSchema).min(1),
  loss: z.enum(LOSS_NAMES),
  init: z.enum(INIT_NAMES).optional(),
  seed: z.number().int().optional(),
  classes: z.array(z.string()).optional(),
  targets: z.array(z.string()).optional(),
  inputNames: z.array(z.string()).optional(),
  inputFeatures: z.array(z.string()).optional(),
  preprocessing: preprocessingSchema.optional(),
  l1: z.number().min(0).optional(),
  l2: z.number().min(0).optional()
})

/**
 * Checks a parsed JSON value against CONTRACTS.md section 2 and returns it typed. Throws a
 * ValidationError whose message names the first bad field, e.g.
 * `layers[1].weights: expected 2 rows of 2, got 2 rows of 3`.
 */
export function parseModelFile(value: unknown): ModelFile {
  const version = (value as { formatVersion?: unknown } | null)?.formatVersion
  if (typeof version === 'number' && version > MODEL_FORMAT_VERSION) {
    fail({ kind: 'newerFormat', version, known: MODEL_FORMAT_VERSION })
  }
  checkNesting(value)
  const layerCount = (value as { layers?: unknown } | null)?.layers
  if (Array.isArray(layerCount) && layerCount.length > limitOf('modelLayers'))
    fail({ kind: 'tooManyLayers', layers: layerCount.length, ...over('modelLayers') })
  const parsed = modelFileSchema.safeParse(value, { error: zodErrorText, reportInput: true })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    fail({ kind: 'field', field: formatPath(issue.path), issue: fieldIssueOf(issue) })
  }
  const model = parsed.data as ModelFile
  checkParameterCount(model)
  checkLayers(model)
  checkLabels(model)
  checkPreprocessing(model)
  return model
}

/** Refuses the model with one problem, kept as a message code so the app can say it in Chinese. */
function fail(problem: ModelProblem): never {
  throw new ValidationError(message('modelFile.invalid', { problem }))
}

/** A limit as a refusal names it. */
function over(limit: LimitName): { limit: LimitName; bound: string; env: string | null } {
  return { limit, bound: formatLimit(limit), env: LIMITS[limit].env }
}

/**
 * Refuses objects and lists nested deeper than the limit, walking without recursion: unknown
 * fields are kept and written back out, and writing a deep one would overflow the stack.
 */
function checkNesting(value: unknown): void {
  const limit = limitOf('modelNesting')
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (typeof node !== 'object' || node === null) continue
    if (depth > limit) fail({ kind: 'tooDeep', depth, ...over('modelNesting') })
    for (const child of Array.isArray(node) ? node : Object.values(node))
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1])
  }
}

/** Refuses a model whose sizes make more parameters than the limit, before any array is made. */
function checkParameterCount(model: ModelFile): void {
  const parameters = parameterCountOf(model)
  if (parameters > limitOf('modelParameters'))
    fail({
      kind: 'tooManyParameters',
      inputSize: model.inputSize,
      parameters,
      ...over('modelParameters')
    })
}

function checkLayers(model: ModelFile): void {
  if (
    model.inputShape &&
    model.inputShape.reduce((product, size) => product * size, 1) !== model.inputSize
  ) {
    fail({
      kind: 'inputShape',
      shape: model.inputShape,
      holds: model.inputShape.reduce((p, s) => p * s, 1),
      inputSize: model.inputSize
    })
  }
  let inputs = model.inputSize
  const last = model.layers.length - 1
  model.layers.forEach((layer, index) => {
    const field = `layers[${index}]`
    if (ACTIVATION_CATALOGUE[layer.activation].placement === 'output' && index !== last) {
      fail({ kind: 'outputOnly', field, activation: layer.activation })
    }
    if (layer.weights) {
      const widths = new Set(layer.weights.map((row) => row.length))
      const width = widths.size === 1 ? [...widths][0] : null
      if (layer.weights.length !== layer.units || width !== inputs) {
        const rows = layer.weights.length
        fail({ kind: 'weightsShape', field, units: layer.units, inputs, rows, width })
      }
    }
    if (layer.biases && layer.biases.length !== layer.units) {
      fail({ kind: 'biasesLength', field, units: layer.units, got: layer.biases.length })
    }
    inputs = layer.units
  })
  const output = model.layers[last].activation
  const outputs = lossRecord(model.loss).outputs
  if (outputs !== 'any' && !outputs.includes(output)) {
    fail({ kind: 'lossOutput', loss: model.loss, outputs: [...outputs], output })
  }
}

function checkLabels(model: ModelFile): void {
  const outputUnits = model.layers[model.layers.length - 1].units
  if (model.classes) {
    const expected = outputUnits === 1 ? 2 : outputUnits
    if (model.classes.length !== expected) {
      fail({ kind: 'classesCount', expected, units: outputUnits, got: model.classes.length })
    }
  }
  if (model.targets && model.targets.length !== outputUnits) {
    fail({
      kind: 'namesCount',
      field: 'targets',
      expected: outputUnits,
      got: model.targets.length
    })
  }
  checkInputFeatures(model)
  const rawSize = rawInputSize(model)
  if (model.inputNames && model.inputNames.length !== rawSize) {
    fail({
      kind: 'namesCount',
      field: 'inputNames',
      expected: rawSize,
      got: model.inputNames.length
    })
  }
}

function checkInputFeatures(model: ModelFile): void {
  const features: unknown[] | undefined = model.inputFeatures
  if (!features) return
  const unknown = features.findIndex((name) => !isInputFeatureName(name))
  if (unknown >= 0)
    fail({
      kind: 'unknownFeature',
      index: unknown,
      name: String(features[unknown]),
      known: [...INPUT_FEATURE_NAMES]
    })
  const repeated = features.findIndex((name, index) => features.indexOf(name) !== index)
  if (repeated >= 0)
    fail({ kind: 'repeatedFeature', index: repeated, name: String(features[repeated]) })
  if (features.length !== model.inputSize)
    fail({ kind: 'featuresCount', expected: model.inputSize, got: features.length })
}

function checkPreprocessing(model: ModelFile): void {
  const preprocessing = model.preprocessing
  if (!preprocessing) return
  const lengthOf = (name: string, values: number[]) => {
    if (values.length !== model.inputSize) {
      fail({ kind: 'preprocessingLength', name, expected: model.inputSize, got: values.length })
    }
  }
  if (preprocessing.kind === 'standardize') {
    lengthOf('mean', preprocessing.mean)
    lengthOf('std', preprocessing.std)
    const zero = preprocessing.std.findIndex((value) => !(value > 0))
    if (zero >= 0) fail({ kind: 'stdNotPositive', index: zero, value: preprocessing.std[zero] })
  } else if (preprocessing.kind === 'minmax') {
    lengthOf('min', preprocessing.min)
    lengthOf('max', preprocessing.max)
  } else if (preprocessing.factor === 0) {
    fail({ kind: 'factorZero' })
  }
}
