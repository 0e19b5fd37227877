import { overBound, type OverLimit } from './machine-faults'

/**
 * Why a model file is refused, in English: part of the message table (../messages.ts),
 * translated in the renderer. Each problem names the field (`layers[1].weights`); the file's
 * name comes first when there is a file.
 */

/** A value as a refusal shows it: never the value itself when it is a list or an object. */
export type ShownValue =
  | { kind: 'nothing' | 'null' | 'emptyList' | 'object' }
  | { kind: 'list'; length: number }
  /** A number, text or true/false as JSON (`"abc"`, `3`), cut to 40 characters. */
  | { kind: 'json'; text: string }

/** What a field must hold: `list`, `object`, `whole number`, `number`, `string`, `boolean`… */
export type ExpectedKind = string

/** What is wrong with one field, as the schema found it. */
export type FieldIssue =
  | { kind: 'required'; expected: ExpectedKind }
  | { kind: 'requiredOneOf'; values: string[] }
  | { kind: 'type'; expected: ExpectedKind; got: ShownValue }
  | { kind: 'oneOf'; values: string[]; got: ShownValue }
  | { kind: 'fewEntries'; minimum: number; got: ShownValue }
  | { kind: 'manyEntries'; maximum: number; got: ShownValue }
  | { kind: 'tooLong'; maximum: number }
  | { kind: 'small'; minimum: number; inclusive: boolean; got: ShownValue }
  | { kind: 'big'; maximum: number; inclusive: boolean; got: ShownValue }
  /** A check with no wording of ours (the schema library's own text). */
  | { kind: 'other'; text: string }

/** What is wrong with a model file. */
export type ModelProblem =
  | { kind: 'field'; field: string; issue: FieldIssue }
  | { kind: 'newerFormat'; version: number; known: number }
  | ({ kind: 'tooManyLayers'; layers: number } & OverLimit)
  | ({ kind: 'tooDeep'; depth: number } & OverLimit)
  | ({ kind: 'tooManyParameters'; inputSize: number; parameters: number } & OverLimit)
  | { kind: 'inputShape'; shape: number[]; holds: number; inputSize: number }
  | { kind: 'outputOnly'; field: string; activation: string }
  | {
      kind: 'weightsShape'
      field: string
      units: number
      inputs: number
      rows: number
      width: number | null
    }
  | { kind: 'biasesLength'; field: string; units: number; got: number }
  | { kind: 'lossOutput'; loss: string; outputs: string[]; output: string }
  | { kind: 'classesCount'; expected: number; units: number; got: number }
  | { kind: 'namesCount'; field: 'targets' | 'inputNames'; expected: number; got: number }
  | { kind: 'unknownFeature'; index: number; name: string; known: string[] }
  | { kind: 'repeatedFeature'; index: number; name: string }
  | { kind: 'featuresCount'; expected: number; got: number }
  | { kind: 'preprocessingLength'; name: string; expected: number; got: number }
  | { kind: 'stdNotPositive'; index: number; value: number }
  | { kind: 'factorZero' }

/** How a JSON parser's complaint about a model file is said (never quoting the text). */
export type JsonProblem =
  { kind: 'at'; line: number; column: number } | { kind: 'early' | 'notObject' | 'other' }

const article = (expected: ExpectedKind): string => {
  if (expected === 'array') return 'a list'
  if (expected === 'object') return 'an object'
  if (expected === 'int') return 'a whole number'
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`
}

export const shownValueText = (value: ShownValue): string => {
  switch (value.kind) {
    case 'nothing':
      return 'nothing'
    case 'null':
      return 'null'
    case 'emptyList':
      return 'an empty list'
    case 'object':
      return 'an object'
    case 'list':
      return `a list of ${value.length}`
    case 'json':
      return value.text
  }
}

const entries = (count: number): string => `${count} ${count === 1 ? 'entry' : 'entries'}`
const expectedValues = (values: string[]): string =>
  values.length === 1 ? `expected ${values[0]}` : `expected one of ${values.join(', ')}`

/** A field's problem in our wording (`expected a list, got "abc"`). */
export const fieldIssueText = (issue: FieldIssue): string => {
  switch (issue.kind) {
    case 'required':
      return `is required (expected ${article(issue.expected)})`
    case 'requiredOneOf':
      return `is required (${expectedValues(issue.values)})`
    case 'type':
      return `expected ${article(issue.expected)}, got ${shownValueText(issue.got)}`
    case 'oneOf':
      return `${expectedValues(issue.values)}, got ${shownValueText(issue.got)}`
    case 'fewEntries':
      return `needs at least ${entries(issue.minimum)}, got ${shownValueText(issue.got)}`
    case 'manyEntries':
      return `takes at most ${entries(issue.maximum)}, got ${shownValueText(issue.got)}`
    case 'tooLong':
      return `takes at most ${issue.maximum} characters`
    case 'small':
      return `must be ${issue.inclusive ? 'at least' : 'greater than'} ${issue.minimum}, got ${shownValueText(issue.got)}`
    case 'big':
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}, got ${shownValueText(issue.got)}`
    case 'other':
      return issue.text
  }
}

const rowsOf = (count: number): string => `${count} ${count === 1 ? 'row' : 'rows'}`

export const modelProblemText = (p: ModelProblem): string => {
  switch (p.kind) {
    case 'field':
      return `${p.field}: ${fieldIssueText(p.issue)}`
    case 'newerFormat':
      return `formatVersion: this version of Backprop Lab reads model files up to version ${p.known}, the file has version ${p.version}`
    case 'tooManyLayers':
      return `layers: ${p.layers} layers is ${overBound(p)}`
    case 'tooDeep':
      return `objects and lists nested ${p.depth} levels deep are ${overBound(p)}`
    case 'tooManyParameters':
      return `inputSize ${p.inputSize} and the layers' units make ${p.parameters} weights and biases, ${overBound(p)}`
    case 'inputShape':
      return `inputShape: [${p.shape.join(', ')}] holds ${p.holds} values but inputSize is ${p.inputSize}`
    case 'outputOnly':
      return `${p.field}.activation: ${p.activation} is only allowed on the output layer`
    case 'weightsShape': {
      const got = p.width === null ? 'rows of different lengths' : `${rowsOf(p.rows)} of ${p.width}`
      return `${p.field}.weights: expected ${p.units} rows of ${p.inputs}, got ${p.rows === 0 ? 'no rows' : got}`
    }
    case 'biasesLength':
      return `${p.field}.biases: expected ${p.units} values, got ${p.got}`
    case 'lossOutput':
      return `loss: ${p.loss} needs a ${p.outputs.join(' or ')} output layer, got ${p.output}`
    case 'classesCount':
      return `classes: expected ${p.expected} names for ${p.units} output unit${p.units === 1 ? '' : 's'}, got ${p.got}`
    case 'namesCount':
      return p.field === 'targets'
        ? `targets: expected ${p.expected} names, one per output unit, got ${p.got}`
        : `inputNames: expected ${p.expected} names, one per input, got ${p.got}`
    case 'unknownFeature':
      return `inputFeatures[${p.index}]: unknown feature "${p.name}" (known: ${p.known.join(', ')})`
    case 'repeatedFeature':
      return `inputFeatures[${p.index}]: "${p.name}" is listed twice`
    case 'featuresCount':
      return `inputFeatures: expected ${p.expected} features, one per input, got ${p.got}`
    case 'preprocessingLength':
      return `preprocessing.${p.name}: expected ${p.expected} values (one per input), got ${p.got}`
    case 'stdNotPositive':
      return `preprocessing.std[${p.index}]: must be greater than 0, got ${p.value}`
    case 'factorZero':
      return 'preprocessing.factor: must not be 0'
  }
}

const JSON_PROBLEMS = {
  early: 'not valid JSON (it ends too early)',
  notObject: 'not valid JSON (a model file is a JSON object, starting with {)',
  other: 'not valid JSON'
}

export const MODEL_FILE_MESSAGES = {
  'modelFile.invalid': (p: { problem: ModelProblem }) => modelProblemText(p.problem),
  'modelFile.refused': (p: { file: string; problem: ModelProblem }) =>
    `${p.file}: ${modelProblemText(p.problem)}`,
  'modelFile.notJson': (p: { file: string; problem: JsonProblem }) =>
    `${p.file}: ${p.problem.kind === 'at' ? `not valid JSON (line ${p.problem.line}, column ${p.problem.column})` : JSON_PROBLEMS[p.problem.kind]}`
} satisfies Record<string, (params: never) => string>
