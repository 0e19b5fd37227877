import { describe, expect, it } from 'vitest'
import {
  MESSAGES,
  englishText,
  message,
  type LabMessage,
  type MessageCode,
  type MessageParams
} from '../../../src/shared/messages'
import { userError } from '../../../src/shared/errors'
import { ZH_MAIN_MESSAGES } from '../../../src/renderer/src/i18n/zh-CN/main-messages'
import { mainMessageText } from '../../../src/renderer/src/composables/main-messages'
import { setLocale } from '../../../src/renderer/src/i18n'
import { LAB_REFUSAL_SAMPLES } from './lab-refusal-samples'
import { TRAINING_CHOICES, TRAINING_SAMPLES } from './training-message-samples'

const files = { files: ['a.png', 'b.png'], more: 3, count: 5 }

/** Parameters for every message: the compiler names a code added without a sample here. */
const SAMPLES: { [C in MessageCode]: MessageParams<C> } = {
  ...LAB_REFUSAL_SAMPLES,
  'table.rowsLeftOut': {
    count: 4,
    groups: [
      { kind: 'wrong-field-count', count: 3, line: 7 },
      { kind: 'unreadable-record', count: 1 }
    ]
  },
  'table.regressionLabel': { column: 'price', chosen: true },
  'table.columnLeftOutAsked': { column: 'notes' },
  'table.columnEmpty': { column: 'blank' },
  'table.columnIdLike': { column: 'name', values: 150 },
  'table.columnCategorical': { column: 'colour', values: ['red', 'blue'] },
  'table.encoding': { encoding: 'windows-1252' },
  'table.noHeader': {},
  'table.separator': { separator: 'semicolons', decimalComma: true },
  'table.gzipped': {},
  'table.sheet': { sheet: 'Blatt1', sheets: ['Blatt1', 'Notes', 'Sums'] },
  'table.labelsFile': { file: 'y_train.npy' },
  'table.npzArrays': { features: 'inputs', labels: 'targets', names: ['inputs', 'targets'] },
  'images.emptyClasses': { classes: ['empty'] },
  'images.resized': { ...files, width: 28, height: 28, forced: false },
  'images.grayForced': files,
  'images.grayAll': {},
  'images.graySome': files,
  'images.keptColour': files,
  'images.alphaDropped': files,
  'idx.joined': { parts: [{ file: 'train-images-idx3-ubyte', first: 1, last: 60000 }] },
  'idx.officialSplit': { trainRows: 60000, total: 70000, files: ['t10k-images-idx3-ubyte'] },
  'idx.classesFile': {},
  'idx.knownClasses': { set: 'fashion-mnist', last: 9 },
  'row.missing': { column: 'age' },
  'row.notNumber': { column: 'age', value: 'abc' },
  'row.unknownCategory': { column: 'colour', value: 'green', known: ['red', 'blue'] },
  'row.unknownClass': { column: 'label', value: 'daisy', known: ['setosa', 'virginica'] },
  'row.fieldCount': { expected: 5, got: 3, header: true },
  'row.notJson': {},
  'row.notRecord': { is: 'list' },
  'row.fieldNotValue': { field: 'tags', is: 'object' },
  'file.empty': { file: 'x.csv' },
  'file.noRows': { file: 'x.csv' },
  'file.headerOnly': { file: 'x.csv' },
  'file.unreadable': { file: 'x.csv', line: 7, problem: 'Quote Not Closed' },
  'file.notFormat': { file: 'x.parquet', format: 'parquet', problem: 'parquet file invalid' },
  'file.cannotUnzip': { file: 'x.csv.gz', problem: 'incorrect header check' },
  'file.unzipsOverLimit': {
    file: 'x.npz',
    member: 'X.npy',
    limit: 'unzippedBytes',
    bound: '1,024 MiB',
    env: 'BACKPROP_LAB_MAX_UNZIPPED_BYTES'
  },
  'file.noColumn': { file: 'x.csv', column: 'label', columns: ['a', 'b'] },
  'file.targetNotNumeric': { file: 'x.csv', column: 'price' },
  'file.noFeatures': { file: 'x.csv', outputs: 'label' },
  'file.allRowsBad': { file: 'x.csv' },
  'file.mostRowsBad': {
    file: 'x.csv',
    bad: 99,
    rows: 150,
    groups: [{ kind: 'missing-value', count: 99, line: 2 }]
  },
  'file.oneClass': {
    file: 'x.csv',
    column: 'label',
    value: 'yes',
    leftOut: [{ kind: 'wrong-field-count', count: 1, line: 4 }]
  },
  'file.noSheets': { file: 'x.xlsx' },
  'file.noSheet': { file: 'x.xlsx', sheet: 'Data', sheets: ['Sheet1', 'Sheet2'] },
  'file.sheetEmpty': { file: 'x.xlsx', sheet: 'Sheet1' },
  'file.sheetHeaderOnly': { file: 'x.xlsx', sheet: 'Sheet1' },
  'file.modelNotData': { file: 'iris.model.json' },
  'file.notRecords': { file: 'x.json', is: 'object' },
  'file.noRecords': { file: 'x.json', in: 'array' },
  'file.invalidJson': { file: 'x.json', line: 3, column: 14, early: false },
  'file.noFields': { file: 'x.json' },
  'file.nestedColumn': { file: 'x.parquet', column: 'tags' },
  'array.pythonObjects': { file: 'X.npy' },
  'array.notTwoD': { file: 'X.npy', dims: 3, shape: [60000, 28, 28] },
  'array.noRows': { file: 'X.npy' },
  'array.tooLarge': { file: 'X.npy', values: 200000000, limit: '128,000,000' },
  'array.labelsShape': { file: 'y.npy', dims: 3, shape: [10, 2, 2] },
  'array.labelCount': { file: 'y.npy', labels: 9, rows: 10, features: 'X.npy' },
  'array.noLabelsFile': { file: 'X.npy', candidates: ['y.npy', 'labels.npy'] },
  'array.noPair': { file: 'x.npz', names: ['a', 'b'] },
  'array.noArray': { file: 'x.npz', name: 'z', names: ['a', 'b'] },
  'idx.classCount': { file: 'classes.txt', names: 9, highest: 9 },
  'idx.classEmpty': { file: 'classes.txt', line: 4 },
  'idx.classRepeated': { file: 'classes.txt' },
  'imageFile.empty': {},
  'imageFile.notImage': { problem: 'Input buffer contains unsupported image format' },
  'imageFile.cannotRead': { problem: 'EACCES' },
  'imageFile.cannotDecode': { problem: 'VipsJpeg: Premature end of JPEG file' },
  'imageFile.tooManyPixels': {
    width: 16000,
    height: 16000,
    pixels: 256000000,
    bound: '100,000,000',
    env: 'BACKPROP_LAB_MAX_IMAGE_PIXELS'
  },
  'imageFile.outsideClass': {},
  'imageFile.notRegular': {},
  'imageFile.notImageType': { extension: '.txt' },
  'images.cannotReadFolder': { folder: '/x/photos', problem: 'EACCES' },
  'images.needTwoClasses': {
    folder: '/x/photos',
    classes: ['apple'],
    without: { files: ['pear', 'plum'], more: 0, count: 2 },
    loose: 3
  },
  'images.tooManyValues': {
    source: '/x/photos',
    rows: 9000,
    perRow: 30000,
    values: 270000000,
    bound: '200,000,000',
    env: 'BACKPROP_LAB_MAX_IMPORT_VALUES',
    smaller: false
  },
  'images.outOfMemory': { folder: '/x/photos', rows: 9000, perRow: 30000, gigabytes: '2.5' },
  'images.badSize': { width: 0, height: 28, max: 4096 },
  'idx.noImagesFiles': { folder: '/x/mnist', mark: 'images-idx3' },
  'idx.sizesDiffer': {
    file: 'b-images-idx3-ubyte',
    rows: 32,
    columns: 32,
    firstFile: 'a-images-idx3-ubyte',
    firstRows: 28,
    firstColumns: 27
  },
  'idx.notResized': { width: 32, height: 31, columns: 28, rows: 27 },
  'idx.labelCount': {
    file: 'x-images-idx3-ubyte',
    images: 100,
    labels: 99,
    labelsFile: 'x-labels-idx1-ubyte'
  },
  'idx.unpairedName': { file: 'digits.bin', imagesMark: 'images-idx3', labelsMark: 'labels-idx1' },
  'idx.noLabelsFile': {
    file: 'x-images-idx3-ubyte',
    candidates: ['x-labels-idx1-ubyte', 'x-labels-idx1-ubyte.gz']
  },
  'idx.tooShort': { file: 'x-images-idx3-ubyte', kind: 'images', bytes: 3 },
  'idx.wrongMagic': {
    file: 'x-labels-idx1-ubyte',
    kind: 'labels',
    found: '0x00000803',
    expected: '0x00000801'
  },
  'idx.truncatedHeader': { file: 'x-images-idx3-ubyte', bytes: 9, header: 16 },
  'idx.truncated': {
    file: 'x-images-idx3-ubyte',
    kind: 'images',
    count: 60000,
    rows: 28,
    columns: 27,
    expected: 45360016,
    bytes: 1000
  },
  'idx.extraBytes': { file: 'x-labels-idx1-ubyte', kind: 'labels', count: 60000, extra: 12 },
  'idx.noImages': { file: 'x-images-idx3-ubyte', count: 0, rows: 28, columns: 28 },
  'classes.regression': { dataset: 'd3' },
  'classes.count': { dataset: 'd3', classes: 3, names: 2 },
  'classes.empty': { index: 2 },
  'classes.repeated': { name: 'setosa' },
  'results.missingInputs': { file: 'x.csv', missing: ['petal_width'], columns: ['a', 'b'] },
  'results.tooFewColumns': { file: 'x.csv', inputs: 4, columns: 3 },
  'results.inputsByPosition': { columns: ['a', 'b'] },
  'results.columnsByPosition': { file: 'X.npy', inputs: ['sepal_length', 'sepal_width'] },
  'results.noLabelColumn': { file: 'x.csv', columns: ['a', 'b'] },
  'results.mostRowsBad': {
    file: 'x.csv',
    bad: 2,
    rows: 3,
    line: 2,
    first: { code: 'row.notNumber', params: { column: 'age', value: 'abc' } }
  },
  'results.rowsLeftOut': { file: 'x.csv', count: 2 },
  'results.noData': { data: 'd404' },
  'results.imagesNotRows': { file: '/x/t10k-images-idx3-ubyte.gz' },
  'results.datasetInputs': { dataset: 'iris', features: 4, inputs: 3 },
  'results.datasetClasses': { dataset: 'iris', classes: ['a', 'b'], modelClasses: ['c', 'd'] },
  'results.datasetUnlabelled': { dataset: 'iris', wants: 'classes' },
  ...TRAINING_SAMPLES
}

/** Parameters that choose a wording rather than being quoted (and the nested first problem). */
const CHOICES = new Set([
  'encoding',
  'separator',
  'outputs',
  'wants',
  'first',
  'format',
  'is',
  'in',
  'kind',
  'limit',
  'fault',
  'option',
  ...TRAINING_CHOICES
])

/** The text values a message's parameters carry (file and column names, values, counts). */
function carried(params: object): string[] {
  return Object.entries(params).flatMap(([key, value]) => {
    // Choices (which encoding, separator…) are said in words, not quoted.
    if (CHOICES.has(key) || typeof value === 'boolean') return []
    if (Array.isArray(value))
      return value.flatMap((item) => (typeof item === 'object' ? carried(item) : [String(item)]))
    return typeof value === 'object' ? [] : [String(value)]
  })
}

/** English words that would mean a Chinese text was left (partly) untranslated. */
const ENGLISH_WORDS =
  /\b(the|column|row|rows|file|image|images|not|is|was|left|out|with|of|dataset)\b/i

describe("main's messages, as codes translated in the renderer", () => {
  it('every code has a zh-CN translation and a sample, each carrying its parameters', () => {
    expect(Object.keys(ZH_MAIN_MESSAGES).sort()).toEqual(Object.keys(MESSAGES).sort())
    for (const code of Object.keys(MESSAGES) as MessageCode[]) {
      const note = message(code, SAMPLES[code] as never)
      const english = englishText(note)
      const chinese = (ZH_MAIN_MESSAGES[code] as (params: unknown) => string)(note.params)
      for (const value of carried(note.params)) {
        expect(english, code).toContain(value)
        expect(chinese, code).toContain(value)
      }
      expect(chinese, code).toMatch(/[\u4e00-\u9fff]/)
      const withoutParams = carried(note.params).reduce(
        (text, value) => text.split(value).join(''),
        chinese
      )
      // Option names (--label-column, --labels FILE) are the command line's own words.
      expect(withoutParams.replace(/--[a-z-]+(?: [A-Z][A-Z,]*)?/g, ''), code).not.toMatch(
        ENGLISH_WORDS
      )
    }
  })

  it('the renderer says a message in the UI language; text stored by older versions stays as is', () => {
    const note: LabMessage = message('table.rowsLeftOut', {
      count: 2,
      groups: [{ kind: 'missing-value', count: 2, line: 9 }]
    })
    setLocale('zh-CN')
    expect(mainMessageText(note)).toBe('略去了 2 行：2 项缺少值（第一处：第 9 行）')
    expect(mainMessageText('an old English note')).toBe('an old English note')
    setLocale('en')
    expect(mainMessageText(note)).toBe('2 rows left out: 2 with a missing value (first: line 9)')
  })

  it('a UserError from the table carries its code; its message is the English text', () => {
    const error = userError('file.headerOnly', { file: 'pets.csv' })
    expect(error.message).toBe('pets.csv: the file has a header but no data rows')
    expect(error.detail).toEqual({ code: 'file.headerOnly', params: { file: 'pets.csv' } })
  })
})
