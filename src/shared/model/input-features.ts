/**
 * The input features a 2-D network may be given instead of (or beside) the raw x and y, as in
 * TensorFlow Playground: x², y², xy, sin x, sin y. One record per feature: its name in the model
 * file and on the command line, its label in both languages, f(x, y), and how each exporter writes
 * it. Features are the first preprocessing step: a model file's `inputFeatures` turns each raw
 * (x, y) row into these values, then its `preprocessing` (fitted on the features) normalizes them.
 * The engine, the model file's validation, the exporters, the CLI and the UI read this table.
 */
export interface InputFeature {
  /** The label in the UI and the drawing's input layer. */
  label: { en: string; zh: string }
  /** f(x, y): the value the first layer's input takes. */
  value: (x: number, y: number) => number
  /** The same in NumPy (and PyTorch) over the raw columns `x` and `y` (1-D arrays or tensors). */
  python: { numpy: string; torch: string }
  /** The ONNX nodes over the raw columns `x` and `y` ([N, 1] each): a column itself or one op. */
  onnx: 'x' | 'y' | { op: 'Mul' | 'Sin'; inputs: readonly ('x' | 'y')[] }
  /** The same in TensorFlow.js over the raw columns `x` and `y` ([N, 1] tensors) and `tf`. */
  tfjs: string
}

export const INPUT_FEATURES = {
  x: {
    label: { en: 'x', zh: 'x' },
    value: (x) => x,
    python: { numpy: 'x', torch: 'x' },
    onnx: 'x',
    tfjs: 'x'
  },
  y: {
    label: { en: 'y', zh: 'y' },
    value: (_x, y) => y,
    python: { numpy: 'y', torch: 'y' },
    onnx: 'y',
    tfjs: 'y'
  },
  x2: {
    label: { en: 'x²', zh: 'x²' },
    value: (x) => x * x,
    python: { numpy: 'x * x', torch: 'x * x' },
    onnx: { op: 'Mul', inputs: ['x', 'x'] },
    tfjs: 'tf.mul(x, x)'
  },
  y2: {
    label: { en: 'y²', zh: 'y²' },
    value: (_x, y) => y * y,
    python: { numpy: 'y * y', torch: 'y * y' },
    onnx: { op: 'Mul', inputs: ['y', 'y'] },
    tfjs: 'tf.mul(y, y)'
  },
  xy: {
    label: { en: 'xy', zh: 'xy' },
    value: (x, y) => x * y,
    python: { numpy: 'x * y', torch: 'x * y' },
    onnx: { op: 'Mul', inputs: ['x', 'y'] },
    tfjs: 'tf.mul(x, y)'
  },
  sinx: {
    label: { en: 'sin x', zh: 'sin x' },
    value: (x) => Math.sin(x),
    python: { numpy: 'np.sin(x)', torch: 'torch.sin(x)' },
    onnx: { op: 'Sin', inputs: ['x'] },
    tfjs: 'tf.sin(x)'
  },
  siny: {
    label: { en: 'sin y', zh: 'sin y' },
    value: (_x, y) => Math.sin(y),
    python: { numpy: 'np.sin(y)', torch: 'torch.sin(y)' },
    onnx: { op: 'Sin', inputs: ['y'] },
    tfjs: 'tf.sin(y)'
  }
} as const satisfies Record<string, InputFeature>

export type InputFeatureName = keyof typeof INPUT_FEATURES
export const INPUT_FEATURE_NAMES = Object.keys(INPUT_FEATURES) as InputFeatureName[]

/** Raw columns the features are computed from: the two of 2-D data. */
export const FEATURE_SOURCE_COLUMNS = 2

export function isInputFeatureName(name: unknown): name is InputFeatureName {
  return typeof name === 'string' && Object.hasOwn(INPUT_FEATURES, name)
}

/** True when the features are just the raw (x, y), in order: nothing to compute. */
export function isRawXY(features: readonly InputFeatureName[] | undefined | null): boolean {
  return !features || (features.length === 2 && features[0] === 'x' && features[1] === 'y')
}

/**
 * The feature rows of raw (x, y) rows: out[i·k + j] = f_j(x_i, y_i), k = features.length. The
 * features keep the catalogue's order whatever order they were chosen in (see `orderedFeatures`).
 */
export function expandFeatures(
  features: readonly InputFeatureName[],
  raw: ArrayLike<number>,
  rows: number
): Float64Array {
  const width = features.length
  const out = new Float64Array(rows * width)
  const values = features.map(
    (name) => INPUT_FEATURES[name].value as (x: number, y: number) => number
  )
  for (let i = 0; i < rows; i++) {
    const x = raw[i * FEATURE_SOURCE_COLUMNS]
    const y = raw[i * FEATURE_SOURCE_COLUMNS + 1]
    for (let j = 0; j < width; j++) out[i * width + j] = values[j](x, y)
  }
  return out
}

/** The chosen features in the catalogue's order, each once; a problem line names an unknown one. */
export function orderedFeatures(chosen: readonly string[]): InputFeatureName[] | string {
  const unknown = chosen.filter((name) => !isInputFeatureName(name))
  if (unknown.length > 0)
    return `unknown input feature ${unknown.map((name) => `"${name}"`).join(', ')} (choose from ${INPUT_FEATURE_NAMES.join(', ')})`
  if (chosen.length === 0)
    return `choose at least one input feature (${INPUT_FEATURE_NAMES.join(', ')})`
  return INPUT_FEATURE_NAMES.filter((name) => chosen.includes(name))
}

/** The names the first layer's inputs carry: the features' labels over the raw column names. */
export function featureInputNames(
  features: readonly InputFeatureName[],
  rawNames: readonly string[] | null | undefined
): string[] {
  const [x, y] = rawNames && rawNames.length === 2 ? rawNames : ['x', 'y']
  const rename = (label: string): string =>
    label.replace(/x/g, '\0').replace(/y/g, y).replace(/\0/g, x)
  return features.map((name) => rename(INPUT_FEATURES[name].label.en))
}

/** How many raw values a row of a model's input has: 2 when it computes features, else inputSize. */
export function rawInputSize(model: {
  inputSize: number
  inputFeatures?: readonly InputFeatureName[]
}): number {
  return model.inputFeatures ? FEATURE_SOURCE_COLUMNS : model.inputSize
}
