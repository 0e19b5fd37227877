import { describe, expect, it } from 'vitest'
import { ZH_MAIN_MESSAGES } from '@renderer/i18n/zh-CN/main-messages'
import { englishText, message, type LabMessage } from '@shared/messages'
import type { DecodeProblem } from '@shared/message-tables/image-decoding'
import type { ReadProblem } from '@shared/message-tables/machine-faults'
import type { FieldIssue, ModelProblem } from '@shared/message-tables/model-file-refusals'

/** One sample of each kind of a union: the compiler names a kind added without one. */
type OneOfEach<T extends { kind: string }> = { [K in T['kind']]: Extract<T, { kind: K }> }

const over = { bound: '1,000', env: null }
const MODEL_PROBLEMS: OneOfEach<ModelProblem> = {
  field: { kind: 'field', field: 'loss', issue: { kind: 'requiredOneOf', values: ['"a"'] } },
  newerFormat: { kind: 'newerFormat', version: 3, known: 1 },
  tooManyLayers: { kind: 'tooManyLayers', layers: 1200, limit: 'modelLayers', ...over },
  tooDeep: { kind: 'tooDeep', depth: 70, limit: 'modelNesting', bound: '64', env: null },
  tooManyParameters: {
    kind: 'tooManyParameters',
    inputSize: 784,
    parameters: 30000000,
    limit: 'modelParameters',
    bound: '20,000,000',
    env: 'BACKPROP_LAB_MAX_MODEL_PARAMETERS'
  },
  inputShape: { kind: 'inputShape', shape: [28, 28], holds: 784, inputSize: 780 },
  outputOnly: { kind: 'outputOnly', field: 'layers[0]', activation: 'softmax' },
  weightsShape: {
    kind: 'weightsShape',
    field: 'layers[1]',
    units: 3,
    inputs: 6,
    rows: 3,
    width: null
  },
  biasesLength: { kind: 'biasesLength', field: 'layers[1]', units: 3, got: 2 },
  lossOutput: {
    kind: 'lossOutput',
    loss: 'cross-entropy',
    outputs: ['softmax'],
    output: 'sigmoid'
  },
  classesCount: { kind: 'classesCount', expected: 3, units: 3, got: 2 },
  namesCount: { kind: 'namesCount', field: 'inputNames', expected: 4, got: 3 },
  unknownFeature: { kind: 'unknownFeature', index: 1, name: 'x3', known: ['x', 'y', 'xy'] },
  repeatedFeature: { kind: 'repeatedFeature', index: 2, name: 'xy' },
  featuresCount: { kind: 'featuresCount', expected: 3, got: 2 },
  preprocessingLength: { kind: 'preprocessingLength', name: 'mean', expected: 4, got: 3 },
  stdNotPositive: { kind: 'stdNotPositive', index: 0, value: -1 },
  factorZero: { kind: 'factorZero' }
}

const got = { kind: 'list', length: 3 } as const
const FIELD_ISSUES: OneOfEach<FieldIssue> = {
  required: { kind: 'required', expected: 'array' },
  requiredOneOf: { kind: 'requiredOneOf', values: ['"standardize"', '"minmax"'] },
  type: { kind: 'type', expected: 'int', got: { kind: 'json', text: '"abc"' } },
  oneOf: { kind: 'oneOf', values: ['"relu"', '"tanh"'], got: { kind: 'object' } },
  fewEntries: { kind: 'fewEntries', minimum: 1, got: { kind: 'emptyList' } },
  manyEntries: { kind: 'manyEntries', maximum: 2, got },
  tooLong: { kind: 'tooLong', maximum: 200 },
  small: { kind: 'small', minimum: 0, inclusive: true, got: { kind: 'json', text: '-1' } },
  big: { kind: 'big', maximum: 1, inclusive: false, got: { kind: 'null' } },
  other: { kind: 'other', text: 'Invalid input' }
}

const READ_PROBLEMS: OneOfEach<ReadProblem> = {
  missing: { kind: 'missing' },
  folder: { kind: 'folder', what: 'npz' },
  permission: { kind: 'permission' },
  notRegular: { kind: 'notRegular', what: 'experiment' },
  tooLarge: {
    kind: 'tooLarge',
    bytes: 300000000,
    limit: 'imageFileBytes',
    bound: '256 MiB',
    env: 'BACKPROP_LAB_MAX_IMAGE_FILE_BYTES'
  },
  other: { kind: 'other', code: 'EIO' }
}

const DECODE_PROBLEMS: OneOfEach<DecodeProblem> = {
  notBmp: { kind: 'notBmp' },
  bmpTruncated: { kind: 'bmpTruncated', part: 'palette' },
  bmpEmpty: { kind: 'bmpEmpty', width: 0, height: 4 },
  bmpPaletteIndex: { kind: 'bmpPaletteIndex', index: 200 },
  bmpCompressed: { kind: 'bmpCompressed', method: 1 },
  bmpBits: { kind: 'bmpBits', bits: 2 },
  decodedSize: {
    kind: 'decodedSize',
    width: 10,
    height: 10,
    expectedWidth: 12,
    expectedHeight: 10
  },
  decodedChannels: { kind: 'decodedChannels', channels: 2 }
}

const zh = (note: LabMessage): string =>
  (ZH_MAIN_MESSAGES[note.code] as (params: unknown) => string)(note.params)

/** English words that would mean a Chinese text was left partly untranslated. */
const ENGLISH = /\b(the|is|not|of|got|expected|rows?|values?|file|image|names?|must|per)\b/i

/** The notes whose problem records every kind of each union, as the app would get them. */
const NOTES: LabMessage[] = [
  ...Object.values(MODEL_PROBLEMS).map((problem) =>
    message('modelFile.refused', { file: 'm.model.json', problem })
  ),
  ...Object.values(FIELD_ISSUES).map((issue) =>
    message('modelFile.invalid', { problem: { kind: 'field', field: 'layers[0].units', issue } })
  ),
  ...Object.values(READ_PROBLEMS).map((problem) =>
    message('read.failed', { file: '/x/a.bin', problem })
  ),
  ...Object.values(DECODE_PROBLEMS).map((problem) => message('imageFile.badPixels', { problem }))
]

describe('the records inside refusals (model-file problems, read and decode problems)', () => {
  it('every kind reads as one Chinese line, keeping field names and numbers', () => {
    for (const note of NOTES) {
      const english = englishText(note)
      const chinese = zh(note)
      const where = `${note.code} ${JSON.stringify(note.params)}`
      expect(chinese, where).toMatch(/[\u4e00-\u9fff]/)
      expect(chinese, where).not.toContain('\n')
      // Numbers said in English are said in Chinese too.
      for (const number of english.match(/\d+/g) ?? []) expect(chinese, where).toContain(number)
      // The schema library's own text (kind 'other') is the one thing it cannot translate.
      const own = chinese.replace('Invalid input', '').replace(/BACKPROP_LAB_[A-Z_]+/g, '')
      expect(own, where).not.toMatch(ENGLISH)
    }
  })

  it('an image the file reader could not read says why once, not "cannot read (cannot read …)"', () => {
    const note = message('imageFile.unreadable', { problem: { kind: 'other', code: 'EIO' } })
    expect(englishText(note)).toBe('cannot read (EIO)')
    expect(zh(note)).toBe('无法读取（EIO）')
  })

  it('a zh-CN learner reads a broken BMP in one Chinese line', () => {
    const note = message('imageFile.badImage', {
      problem: { kind: 'bmpTruncated', part: 'header' }
    })
    expect(englishText(note)).toBe('not a readable image (truncated BMP header)')
    expect(zh(note)).toBe('不是可读取的图片（BMP 文件头不完整）')
  })
})
