import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportModel, type ExportRequest } from '../../../src/main/services/export'
import { predictRows } from '../../../src/main/services/predict'
import { UserError } from '../../../src/shared/errors'
import type { ModelFile } from '../../../src/shared/model/model-file'
import { parseModelFile } from '../../../src/shared/validation/model-file'
import { textbookModelFile } from '../../support/textbook-model'
import { GELU_APPROXIMATIONS } from '../../../src/shared/model/activations/activation-record'
import { ACTIVATION_NAMES, LOSS_NAMES } from '../../../src/shared/model/network'
import { loadExportCases } from './support/cases'
import { temporaryFolders } from './support/folders'
import { runPythonPeer } from './support/python'

/**
 * The export service's own promises: the json format round-trips through the model file parser,
 * bad models and output folders are refused with one clear line, every folder has a README that
 * says what to feed the model, and a model file without weights exports the numbers `predict` uses.
 */
const folder = temporaryFolders('export')

/**
 * The textbook network as a classifier: a softmax output layer (all trainable) with cross-entropy,
 * standardization and class names.
 */
function textbookModel(): ModelFile {
  const textbook = textbookModelFile()
  const { trainable: _trainable, ...output } = textbook.layers[1]
  return {
    ...textbook,
    layers: [textbook.layers[0], { ...output, activation: 'softmax' }],
    loss: 'cross-entropy',
    classes: ['left', 'right'],
    preprocessing: { kind: 'standardize', mean: [0.1, -0.2], std: [2, 0.5] },
    notes: 'an unknown field, kept on a round trip'
  }
}

const samples = [
  [0.05, 0.1],
  [1.5, -2],
  [-3, 0.25]
]
const request = (overrides: Partial<ExportRequest>): ExportRequest => ({
  model: textbookModel(),
  format: 'json',
  outDir: folder('json'),
  referenceInputs: samples,
  ...overrides
})

describe('json export', () => {
  it('writes the model file, which parseModelFile accepts and which predicts the same outputs', async () => {
    const result = await exportModel(request({}))
    expect(result.files.map((path) => path.slice(result.outDir.length + 1))).toEqual([
      'README.md',
      'model.model.json'
    ])
    const written = parseModelFile(
      JSON.parse(await readFile(join(result.outDir, 'model.model.json'), 'utf8'))
    )
    expect(written).toEqual(textbookModel())
    expect(predictRows(written, samples)).toEqual(predictRows(textbookModel(), samples))
  })

  it('writes out the weights predict initializes for a file that gives only init and seed', async () => {
    const bare: ModelFile = {
      format: 'backprop-lab/model',
      formatVersion: 1,
      inputSize: 3,
      layers: [
        { units: 4, activation: 'tanh' },
        { units: 1, activation: 'linear' }
      ],
      loss: 'half-squared-error',
      init: 'he',
      seed: 9
    }
    const result = await exportModel(
      request({
        model: bare,
        outDir: folder('bare'),
        referenceInputs: [
          [1, 2, 3],
          [0, -1, 0.5]
        ]
      })
    )
    const written = parseModelFile(
      JSON.parse(await readFile(join(result.outDir, 'model.model.json'), 'utf8'))
    )
    expect(written.layers[0].weights).toHaveLength(4)
    expect(written.init).toBeUndefined()
    expect(
      predictRows(written, [
        [1, 2, 3],
        [0, -1, 0.5]
      ])
    ).toEqual(
      predictRows(bare, [
        [1, 2, 3],
        [0, -1, 0.5]
      ])
    )
  })
})

describe('the export cases (support/cases.ts), on which every format is proven', () => {
  it('use every activation, both gelu forms and every loss', async () => {
    const models = (await loadExportCases()).map((entry) => entry.model)
    const layers = models.flatMap((model) => model.layers)
    expect(new Set(layers.map((layer) => layer.activation))).toEqual(new Set(ACTIVATION_NAMES))
    const gelu = layers.filter((layer) => layer.activation === 'gelu')
    expect(new Set(gelu.map((layer) => layer.approximate))).toEqual(new Set(GELU_APPROXIMATIONS))
    expect(new Set(models.map((model) => model.loss))).toEqual(new Set(LOSS_NAMES))
  })

  it('export as json that the model file parser reads back, predicting the same outputs', async () => {
    for (const entry of await loadExportCases()) {
      const result = await exportModel({
        model: entry.model,
        format: 'json',
        outDir: folder(`json-${entry.name}`),
        referenceInputs: entry.samples
      })
      const text = await readFile(join(result.outDir, 'model.model.json'), 'utf8')
      const written = parseModelFile(JSON.parse(text))
      expect(written, entry.name).toEqual(entry.model)
      expect(predictRows(written, entry.samples), entry.name).toEqual(
        predictRows(entry.model, entry.samples)
      )
    }
  })
})

describe('refusals', () => {
  it.each([
    [
      'a NaN weight',
      (model: ModelFile) => (model.layers[1].weights![1][0] = NaN),
      'layers[1].weights[1][0] is NaN'
    ],
    [
      'an infinite weight',
      (model: ModelFile) => (model.layers[0].weights![0][1] = Infinity),
      'layers[0].weights[0][1] is Infinity'
    ],
    [
      'a NaN bias',
      (model: ModelFile) => (model.layers[0].biases![1] = NaN),
      'layers[0].biases[1] is NaN'
    ]
  ])('refuses %s, naming it, and writes nothing', async (_, spoil, field) => {
    const model = textbookModel()
    spoil(model)
    const outDir = folder('nan')
    for (const format of ['onnx', 'tfjs', 'pytorch', 'numpy', 'json'] as const) {
      const failure = exportModel(request({ model, format, outDir }))
      await expect(failure).rejects.toThrow(UserError)
      await expect(failure).rejects.toThrow(
        `${field}: a model with NaN or Infinity weights cannot be exported`
      )
    }
    await expect(readdir(outDir)).rejects.toThrow(/ENOENT/)
  })

  it('refuses an output folder that holds files, and a path that is a file', async () => {
    const outDir = folder('not-empty')
    await mkdir(outDir)
    await writeFile(join(outDir, 'notes.txt'), 'mine')
    await expect(exportModel(request({ outDir }))).rejects.toThrow(
      `${outDir}: the output folder is not empty; give a new or empty folder`
    )
    const file = join(outDir, 'notes.txt')
    await expect(exportModel(request({ outDir: file }))).rejects.toThrow(
      `${file}: the output path is a file; give a new or empty folder`
    )
    expect(await readdir(outDir)).toEqual(['notes.txt'])
  })

  it('accepts an empty existing folder', async () => {
    const outDir = folder('empty')
    await mkdir(outDir)
    await expect(exportModel(request({ outDir }))).resolves.toMatchObject({ format: 'json' })
  })

  it('refuses reference samples of the wrong width and training data of another shape', async () => {
    await expect(exportModel(request({ referenceInputs: [[1, 2, 3]] }))).rejects.toThrow(
      "reference sample 1: expected 2 values (the model's inputSize), got 3"
    )
    const data = {
      inputs: new Float32Array(6),
      targets: new Float32Array(3),
      rows: 3,
      inputSize: 2,
      outputSize: 1
    }
    await expect(
      exportModel(request({ format: 'pytorch', outDir: folder('data'), data }))
    ).rejects.toThrow(
      'the training data has 2 inputs and 1 targets per row, the model takes 2 and gives 2'
    )
  })
})

describe('README', () => {
  it.each([
    ['onnx', /explicit nodes before the first Gemm/],
    ['tfjs', /folded into the first Dense layer/],
    ['pytorch', /as the first step \(`preprocess`\)/],
    ['numpy', /as the first step \(`preprocess`\)/],
    ['json', /must apply the preprocessing/]
  ] as const)(
    'of %s lists the files and says the model takes raw inputs and how',
    async (format, preprocessing) => {
      const result = await exportModel(request({ format, outDir: folder(`readme-${format}`) }))
      const text = await readFile(join(result.outDir, 'README.md'), 'utf8')
      for (const path of result.files)
        expect(text).toContain(`\`${path.slice(result.outDir.length + 1)}\``)
      expect(text).toContain("x' = (x - mean) / std")
      expect(text).toMatch(preprocessing)
      expect(text).toContain('2 inputs → 2 sigmoid → 2 softmax')
      expect(text).toContain('class k of: left, right')
      expect(text).toContain('## How to run it')
    }
  )
})

describe('reference samples', () => {
  it('are the given raw rows with the outputs of predict, stored as float64 in reference.npz', async () => {
    const result = await exportModel(request({ format: 'numpy', outDir: folder('reference') }))
    const { arrays } = runPythonPeer<{ arrays: Record<string, number[]> }>('read-npz.py', {
      path: join(result.outDir, 'reference.npz')
    })
    expect(arrays.inputs).toEqual(samples.flat())
    expect(arrays.outputs).toEqual(predictRows(textbookModel(), samples).outputs.flat())
  })

  it('are seeded synthetic rows, said to be synthetic, when no real ones are given', async () => {
    const result = await exportModel(
      request({ format: 'numpy', outDir: folder('synthetic'), referenceInputs: [] })
    )
    const text = await readFile(join(result.outDir, 'README.md'), 'utf8')
    expect(text).toContain('`reference.npz`: synthetic raw samples')
  })
})
