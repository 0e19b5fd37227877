/**
 * Every bound the lab puts on its inputs, in one table: each is checked before memory or time is
 * spent on the input, and a refusal is one line naming the limit and, where raising it makes
 * sense, how (an environment variable read when the lab opens, see main/limit-overrides.ts).
 */
export interface Limit {
  /** The default bound. */
  value: number
  /** True when the bound is a number of bytes (shown in MiB). */
  bytes?: true
  /** What is counted, after the number: `parameters per model`, `per model file` (bytes). */
  noun: string
  /** The environment variable that raises it, or null when it is a fixed bound. */
  env: string | null
}

const MiB = 1024 * 1024

export const LIMITS = {
  /** One WebSocket message in browser mode (an Open model… file travels in one). */
  socketMessageBytes: { value: 128 * MiB, bytes: true, noun: 'per message', env: null },
  /** A model file read from disk. */
  modelFileBytes: {
    value: 256 * MiB,
    bytes: true,
    noun: 'per model file',
    env: 'BACKPROP_LAB_MAX_MODEL_FILE_BYTES'
  },
  /** Weights and biases of a model (checked from its sizes, before any array is made). */
  modelParameters: {
    value: 20_000_000,
    noun: 'parameters per model',
    env: 'BACKPROP_LAB_MAX_MODEL_PARAMETERS'
  },
  modelLayers: { value: 1000, noun: 'layers per model', env: null },
  /** Nesting of objects and lists in a model file (unknown fields are kept, so they are walked). */
  modelNesting: { value: 64, noun: 'levels of nesting in a model file', env: null },
  /** A CSV or TSV file (its rows are held in memory while columns are typed). */
  csvFileBytes: {
    value: 256 * MiB,
    bytes: true,
    noun: 'per CSV file',
    env: 'BACKPROP_LAB_MAX_CSV_BYTES'
  },
  csvClasses: { value: 10_000, noun: 'classes per label column', env: null },
  /** What a gzipped IDX file may inflate to. */
  unzippedBytes: {
    value: 1024 * MiB,
    bytes: true,
    noun: 'unzipped per file',
    env: 'BACKPROP_LAB_MAX_UNZIPPED_BYTES'
  },
  /** One image file of an image folder (its bytes are read whole to be hashed and decoded). */
  imageFileBytes: {
    value: 256 * MiB,
    bytes: true,
    noun: 'per image file',
    env: 'BACKPROP_LAB_MAX_IMAGE_FILE_BYTES'
  },
  /** Pixels of one image file (decoding it needs them all, even to shrink it). */
  imagePixels: {
    value: 100_000_000,
    noun: 'pixels per image',
    env: 'BACKPROP_LAB_MAX_IMAGE_PIXELS'
  },
  /** Input values of one image import (rows × width × height × channels). */
  importValues: {
    value: 512 * MiB,
    noun: 'pixel values per import',
    env: 'BACKPROP_LAB_MAX_IMPORT_VALUES'
  },
  /** Values of a numeric array import (rows × features, each kept as a Float64: 8 bytes). */
  arrayValues: {
    value: 128_000_000,
    noun: 'values per array import',
    env: 'BACKPROP_LAB_MAX_ARRAY_VALUES'
  },
  /** One file uploaded in browser mode. */
  uploadFileBytes: {
    value: 512 * MiB,
    bytes: true,
    noun: 'per uploaded file',
    env: 'BACKPROP_LAB_MAX_UPLOAD_BYTES'
  },
  /** Everything in the home's uploads/ folder at once. */
  uploadsFolderBytes: {
    value: 2048 * MiB,
    bytes: true,
    noun: 'of uploads waiting to be imported',
    env: 'BACKPROP_LAB_MAX_UPLOADS_BYTES'
  },
  /**
   * Work a call does on main's thread (a gradient check, a trace, predictions): a few seconds at
   * most, so the app and browser mode stay responsive (see services/main-thread-work.ts).
   */
  mainThreadWork: { value: 1_000_000_000, noun: 'multiply-adds per call', env: null }
} as const satisfies Record<string, Limit>

export type LimitName = keyof typeof LIMITS

const overrides = new Map<LimitName, number>()

/** The bound in force: the default, or the value its environment variable set. */
export function limitOf(name: LimitName): number {
  return overrides.get(name) ?? LIMITS[name].value
}

/** Sets a bound for this process (main reads the environment variables once; tests set them). */
export function overrideLimit(name: LimitName, value: number | null): void {
  if (value === null) overrides.delete(name)
  else overrides.set(name, value)
}

/** `1,234,567` or `256 MiB`: a bound as people read it. */
export function formatLimit(name: LimitName, value = limitOf(name)): string {
  const limit: Limit = LIMITS[name]
  if (limit.bytes && value >= MiB) return `${(value / MiB).toLocaleString('en-US')} MiB`
  if (limit.bytes && value >= 1024 && value % 1024 === 0) return `${value / 1024} KiB`
  return `${value.toLocaleString('en-US')}${limit.bytes ? ' bytes' : ''}`
}

/**
 * The end of a refusal: `over the lab's limit of 20,000,000 parameters per model (set
 * BACKPROP_LAB_MAX_MODEL_PARAMETERS to raise it)`; `advice` replaces the variable where a
 * smaller input is the better way out.
 */
export function overLimit(name: LimitName, advice?: string): string {
  const limit: Limit = LIMITS[name]
  const how = advice ?? (limit.env ? `set ${limit.env} to raise it` : 'a fixed limit')
  return `over the lab's limit of ${formatLimit(name)} ${limit.noun} (${how})`
}
