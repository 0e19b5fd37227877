import { createHash } from 'node:crypto'
import { userError } from '../../../shared/errors'
import { Rng } from '../../engine/rng'
import {
  GENERATOR_NAMES,
  isSurfaceGenerator,
  type CLASS_GENERATOR_NAMES,
  type GeneratorName
} from '../../../shared/model/generators'
import type { ImportedDataset } from './imported-dataset'
import { SURFACES } from './surfaces'

/**
 * Built-in 2-D toy datasets for classification with two classes ("0" and "1"): xor, circles, two
 * spirals and gaussians, as in TensorFlow Playground and scikit-learn. Points lie roughly in
 * [−1, 1]²; `noise` is the standard deviation of Gaussian jitter added to both coordinates after
 * the class is fixed, so a larger noise blurs the border. And two for regression, Playground's
 * plane and multi-Gaussian surfaces (`surfaces.ts`): points uniform in [−1, 1]², the target
 * `value` read off the surface at the point jittered by `noise` (as Playground reads its label at
 * a jittered point and draws the point where it was). The same name and options always give
 * the same points (seeded Rng), and so the same content hash.
 */

export { GENERATOR_NAMES, type GeneratorName } from '../../../shared/model/generators'

/** How many points, how noisy, which seed. */
export interface GeneratorOptions {
  /** Number of points, split evenly between the classes (rows alternate 0, 1, 0, …). */
  samples: number
  /** Standard deviation of the Gaussian jitter added to x and y. */
  noise: number
  /** Seed of the Rng (a 32-bit unsigned integer). */
  seed: number
}

/** The options used when left out. */
export const DEFAULT_GENERATOR_OPTIONS: GeneratorOptions = { samples: 400, noise: 0.1, seed: 1 }

const MAX_SAMPLES = 1_000_000
const MAX_NOISE = 10

/** Places the `indexInClass`-th of `classSize` points of class `label` (before noise). */
type PointMaker = (
  label: 0 | 1,
  indexInClass: number,
  classSize: number,
  rng: Rng
) => [number, number]

const POINT_MAKERS = {
  // Uniform in the square; class 1 where x and y have different signs (x < 0 XOR y < 0).
  xor: (label, _index, _size, rng) => {
    const x = rng.uniform(-1, 1)
    const signOfX = x < 0 ? -1 : 1
    return [x, rng.uniform(0, 1) * (label === 1 ? -signOfX : signOfX)]
  },
  // Class 0 on the circle of radius 1, class 1 on the circle of radius 0.5 (scikit-learn's order).
  circles: (label, _index, _size, rng) => {
    const angle = rng.uniform(0, 2 * Math.PI)
    const radius = label === 0 ? 1 : 0.5
    return [radius * Math.cos(angle), radius * Math.sin(angle)]
  },
  // Two arms of 1.75 turns each, the second rotated by half a turn; points evenly spaced along them.
  'two-spirals': (label, index, size) => {
    const t = size > 1 ? index / (size - 1) : 0
    const angle = 1.75 * 2 * Math.PI * t + label * Math.PI
    return [t * Math.sin(angle), t * Math.cos(angle)]
  },
  // Round blobs (standard deviation 0.25) centred at (−0.5, −0.5) and (0.5, 0.5).
  gaussians: (label, _index, _size, rng) => {
    const centre = label === 0 ? -0.5 : 0.5
    return [centre + 0.25 * rng.normal(), centre + 0.25 * rng.normal()]
  }
} satisfies Record<(typeof CLASS_GENERATOR_NAMES)[number], PointMaker>

/**
 * Generates a 2-D dataset (features `x`, `y`; classes "0" and "1", or the regression target
 * `value`). Throws a UserError for an unknown name or an option out of range.
 */
export function generateDataset(
  generator: string,
  options: Partial<GeneratorOptions> & { name?: string } = {}
): ImportedDataset {
  if (!(GENERATOR_NAMES as readonly string[]).includes(generator)) {
    throw userError('generate.unknown', { generator, generators: [...GENERATOR_NAMES] })
  }
  const { samples, noise, seed } = checkedOptions({ ...DEFAULT_GENERATOR_OPTIONS, ...options })
  const description = `generator:${generator}?samples=${samples}&noise=${noise}&seed=${seed}`
  const name = generator as GeneratorName
  const rng = new Rng(seed)
  const features = new Float64Array(samples * 2)
  const shared = {
    kind: 'generated' as const,
    name: options.name ?? generator,
    source: description,
    rows: samples,
    featureCount: 2,
    features,
    featureNames: ['x', 'y'],
    inputShape: [2],
    rowSources: null,
    rowLines: null,
    skipped: [],
    notes: [],
    // Versioned, so that changing a generator's formula gives new hashes.
    contentHash: createHash('sha256').update(`${description}&version=1`).digest('hex')
  }
  if (isSurfaceGenerator(name)) {
    const surface = SURFACES[name]
    const targets = new Float64Array(samples)
    for (let row = 0; row < samples; row++) {
      const x = rng.uniform(-1, 1)
      const y = rng.uniform(-1, 1)
      features[row * 2] = x
      features[row * 2 + 1] = y
      targets[row] =
        noise > 0 ? surface(x + noise * rng.normal(), y + noise * rng.normal()) : surface(x, y)
    }
    return { ...shared, classes: null, labels: null, targetNames: ['value'], targets }
  }
  const makePoint: PointMaker = POINT_MAKERS[name]
  const labels = new Int32Array(samples)
  const classSizes = [Math.ceil(samples / 2), Math.floor(samples / 2)]
  for (let row = 0; row < samples; row++) {
    const label = (row % 2) as 0 | 1
    const [x, y] = makePoint(label, row >> 1, classSizes[label], rng)
    features[row * 2] = noise > 0 ? x + noise * rng.normal() : x
    features[row * 2 + 1] = noise > 0 ? y + noise * rng.normal() : y
    labels[row] = label
  }
  return { ...shared, classes: ['0', '1'], labels, targetNames: null, targets: null }
}

function checkedOptions(options: GeneratorOptions): GeneratorOptions {
  const { samples, noise, seed } = options
  if (!Number.isInteger(samples) || samples < 2 || samples > MAX_SAMPLES) {
    throw userError('generate.samples', { samples, max: MAX_SAMPLES })
  }
  if (!Number.isFinite(noise) || noise < 0 || noise > MAX_NOISE) {
    throw userError('generate.noise', { noise, max: MAX_NOISE })
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw userError('generate.seed', { seed })
  }
  return { samples, noise, seed }
}
