import { describe, expect, it } from 'vitest'
import {
  createJsKernels,
  modelFileFromNetwork,
  networkFromModelFile,
  type Network
} from '../../src/main/engine'
import { UserError } from '../../src/shared/errors'
import { parseModelFile } from '../../src/shared/validation/model-file'
import { textbookModelFile } from '../support/textbook-model'

/**
 * The model file (CONTRACTS.md section 2): every rule of parseModelFile refuses a broken file
 * with one line naming the field and the problem, and fields this version does not know survive
 * parse → network → file.
 */

/** A model file as plain JSON, which a test may break in any way. */
interface LooseLayer {
  weights?: unknown[][]
  [field: string]: unknown
}
interface LooseFile {
  layers: LooseLayer[]
  [field: string]: unknown
}

/** The contract's example file, as a fresh mutable object. */
const exampleFile = (): LooseFile => textbookModelFile()

/** The error parseModelFile throws for `value` (failing the test if it accepts it). */
function refusalOf(value: unknown): Error {
  try {
    parseModelFile(value)
  } catch (error) {
    return error as Error
  }
  return expect.fail('parseModelFile accepted the file')
}

/** [rule, how the example is broken, the exact message] */
const RULES: [string, (file: LooseFile) => void, string][] = [
  [
    'weight rows of the wrong length',
    (file) =>
      (file.layers[1].weights = [
        [1, 2, 3],
        [4, 5, 6]
      ]),
    'layers[1].weights: expected 2 rows of 2, got 2 rows of 3'
  ],
  [
    'too few weight rows',
    (file) => (file.layers[1].weights = [[1, 2]]),
    'layers[1].weights: expected 2 rows of 2, got 1 row of 2'
  ],
  [
    'ragged weight rows',
    (file) => (file.layers[0].weights = [[1, 2], [3]]),
    'layers[0].weights: expected 2 rows of 2, got rows of different lengths'
  ],
  [
    'a bias list of the wrong length',
    (file) => (file.layers[0].biases = [0.35]),
    'layers[0].biases: expected 2 values, got 1'
  ],
  [
    'an unknown activation',
    (file) => (file.layers[0].activation = 'mish'),
    'layers[0].activation: expected one of "sigmoid", "tanh", "relu", "leaky-relu", "gelu", "silu", "linear", "softmax", got "mish"'
  ],
  [
    'softmax in a hidden layer',
    (file) => (file.layers[0].activation = 'softmax'),
    'layers[0].activation: softmax is only allowed on the output layer'
  ],
  [
    'a string inside weights',
    (file) => (file.layers[0].weights![1][0] = '0.25'),
    'layers[0].weights[1][0]: expected a number, got "0.25"'
  ],
  [
    'null inside weights',
    (file) => (file.layers[0].weights![0][1] = null),
    'layers[0].weights[0][1]: expected a number, got null'
  ],
  [
    'a missing format',
    (file) => delete file.format,
    'format: is required (expected "backprop-lab/model")'
  ],
  [
    'another format',
    (file) => (file.format = 'keras'),
    'format: expected "backprop-lab/model", got "keras"'
  ],
  [
    'a newer formatVersion',
    (file) => (file.formatVersion = 2),
    'formatVersion: this version of Backprop Lab reads model files up to version 1, the file has version 2'
  ],
  [
    'a formatVersion of 0',
    (file) => (file.formatVersion = 0),
    'formatVersion: must be greater than 0, got 0'
  ],
  [
    'a missing inputSize',
    (file) => delete file.inputSize,
    'inputSize: is required (expected a number)'
  ],
  [
    'a fractional units count',
    (file) => (file.layers[0].units = 1.5),
    'layers[0].units: expected a whole number, got 1.5'
  ],
  ['no layers', (file) => (file.layers = []), 'layers: needs at least 1 entry, got an empty list'],
  [
    'an unknown loss',
    (file) => (file.loss = 'mse'),
    'loss: expected one of "half-squared-error", "binary-cross-entropy", "cross-entropy", got "mse"'
  ],
  [
    'cross-entropy with a tanh output',
    (file) => {
      file.loss = 'cross-entropy'
      file.layers[1].activation = 'tanh'
    },
    'loss: cross-entropy needs a softmax or sigmoid output layer, got tanh'
  ],
  [
    'binary-cross-entropy with a linear output',
    (file) => {
      file.loss = 'binary-cross-entropy'
      file.layers[1].activation = 'linear'
    },
    'loss: binary-cross-entropy needs a sigmoid or softmax output layer, got linear'
  ],
  [
    'more class names than output units',
    (file) => (file.classes = ['a', 'b', 'c']),
    'classes: expected 2 names for 2 output units, got 3'
  ],
  [
    'a target name count mismatch',
    (file) => (file.targets = ['y']),
    'targets: expected 2 names, one per output unit, got 1'
  ],
  [
    'an inputShape that does not hold inputSize values',
    (file) => (file.inputShape = [3, 1]),
    'inputShape: [3, 1] holds 3 values but inputSize is 2'
  ],
  [
    'preprocessing with the wrong number of means',
    (file) => (file.preprocessing = { kind: 'standardize', mean: [0, 0, 0], std: [1, 1] }),
    'preprocessing.mean: expected 2 values (one per input), got 3'
  ],
  [
    'a zero standard deviation',
    (file) => (file.preprocessing = { kind: 'standardize', mean: [0, 0], std: [1, 0] }),
    'preprocessing.std[1]: must be greater than 0, got 0'
  ],
  [
    'an unknown preprocessing kind',
    (file) => (file.preprocessing = { kind: 'whiten' }),
    'preprocessing.kind: expected one of "standardize", "minmax", "scale", got "whiten"'
  ],
  [
    'a non-boolean trainable flag',
    (file) => (file.layers[0].trainable = { weights: 'yes' }),
    'layers[0].trainable.weights: expected a boolean, got "yes"'
  ]
]

describe('parseModelFile refuses each broken rule with one line naming the field', () => {
  it('accepts the contract example as it stands', () => {
    expect(parseModelFile(exampleFile()).layers).toHaveLength(2)
  })

  for (const [rule, breakFile, message] of RULES) {
    it(rule, () => {
      const file = exampleFile()
      breakFile(file)
      const error = refusalOf(file)
      expect(error).toBeInstanceOf(UserError)
      expect(error.message).toBe(message)
    })
  }

  it('something that is not an object at all', () => {
    expect(refusalOf(null).message).toBe('(top level): expected an object, got null')
  })
})

describe('unknown fields survive parse → network → file', () => {
  it('keeps top-level and per-layer fields it does not know, and every number', () => {
    const file = exampleFile()
    file.description = 'a note for people'
    file.createdWith = { tool: 'another-tool', version: [3, 1] }
    file.classes = ['left', 'right']
    file.preprocessing = { kind: 'scale', factor: 0.5 }
    file.layers[0].comment = 'hidden'
    file.layers[1].dropout = 0.1
    const model = parseModelFile(JSON.parse(JSON.stringify(file)))

    const network = networkFromModelFile(model, createJsKernels('f64'))
    const written = JSON.parse(JSON.stringify(modelFileFromNetwork(network, model, model.layers)))

    expect(written).toEqual(file)
    expect(parseModelFile(written)).toEqual(file)
  })

  it('a file without weights is initialized from its seed, and the written file carries them', () => {
    const seeded = (seed: number) => {
      const file = exampleFile()
      for (const layer of file.layers) delete layer.weights
      return parseModelFile({ ...file, init: 'xavier', seed })
    }
    const networkFor = (seed: number) => networkFromModelFile(seeded(seed), createJsKernels('f64'))
    const weightsOf = (network: Network) =>
      network.layers.map((layer) => Array.from(layer.weights.data))
    expect(weightsOf(networkFor(5))).toEqual(weightsOf(networkFor(5)))
    expect(weightsOf(networkFor(5))).not.toEqual(weightsOf(networkFor(6)))
    // Xavier uniform: |w| ≤ √(6 / (fanIn + fanOut)) = √(6 / 4) for every 2 → 2 layer.
    for (const weight of weightsOf(networkFor(5)).flat())
      expect(Math.abs(weight)).toBeLessThanOrEqual(Math.sqrt(1.5))

    const network = networkFor(5)
    const written = modelFileFromNetwork(network, seeded(5), seeded(5).layers)
    // init and seed no longer apply once the weights are written out.
    expect(written.init).toBeUndefined()
    expect(written.seed).toBeUndefined()
    expect(written.layers.map((layer) => layer.weights!.flat())).toEqual(weightsOf(network))
  })
})
