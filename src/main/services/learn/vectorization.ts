import { DEFAULT_ACTIVATION_SETTINGS } from '../../../shared/model/activations/activation-record'
import type { VectorizationTiming } from '../../../shared/model/vectorization'
import {
  readStoredRows,
  Rng,
  sigmoid,
  type FloatArray,
  type Kernels,
  type Matrix,
  type StoredValues
} from '../../engine'
import { loadKernels } from '../../kernel-host/load-kernels'
import type { DatasetFiles } from '../datasets/dataset-files'
import type { ImportService } from '../datasets/import-service'
import { importSample } from '../datasets/samples'

/** Runs of each way; the median is reported. */
const REPEATS = 5

/** Logistic regression's parameters and data: X (m × n, one photo per row), labels y, w and b. */
interface Problem {
  samples: number
  features: number
  x: Float32Array
  y: Float32Array
  w: Float32Array
  b: number
}

/**
 * Lesson 1's live timing: ∂J/∂w of logistic regression on the bundled apples photos (imported, or
 * reused when already imported), once as a loop over the samples and once as the engine's
 * matrix products on its fastest kernels (one thread, like the loop). The weights are small
 * seeded values, so the two gradients can be compared entry by entry.
 */
export async function timeVectorization(
  lab: { imports: ImportService; datasets: DatasetFiles },
  resourcesDir: string
): Promise<VectorizationTiming> {
  const { dataset } = await importSample(lab.imports, resourcesDir, 'apples')
  const loaded = lab.datasets.load(dataset.datasetId)
  const samples = dataset.rows
  const features = loaded.features.length / samples
  const rng = new Rng(1)
  const problem: Problem = {
    samples,
    features,
    x: storedFloats(loaded.features, features, samples),
    y: Float32Array.from(loaded.labels!),
    w: Float32Array.from({ length: features }, () => rng.uniform(-0.001, 0.001)),
    b: 0
  }
  const kernels = await loadKernels('f32', { threads: 1 })
  try {
    const products = matrixGradient(kernels, problem)
    const loop = timed(() => loopGradient(problem))
    const matrix = timed(() => products.run())
    let largestDifference = 0
    let largestGradient = 0
    for (let j = 0; j < features; j++) {
      largestDifference = Math.max(largestDifference, Math.abs(loop.result[j] - matrix.result[j]))
      largestGradient = Math.max(largestGradient, Math.abs(loop.result[j]))
    }
    return {
      samples,
      features,
      loopMs: loop.milliseconds,
      matrixMs: matrix.milliseconds,
      repeats: REPEATS,
      kernels: kernels.name,
      largestDifference,
      largestGradient
    }
  } finally {
    kernels.dispose()
  }
}

/** Stored values as Float32 numbers, row by row (the photos' bytes b as b / 255). */
function storedFloats(values: StoredValues, cols: number, rows: number): Float32Array {
  const floats = new Float32Array(rows * cols)
  const row = new Float64Array(cols)
  for (let i = 0; i < rows; i++) floats.set(readStoredRows(values, cols, i, 1, row), i * cols)
  return floats
}

/** The median time of REPEATS runs of `work`, and its last result. */
function timed<T>(work: () => T): { milliseconds: number; result: T } {
  const times: number[] = []
  let result!: T
  for (let run = 0; run < REPEATS; run++) {
    const start = performance.now()
    result = work()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { milliseconds: times[Math.floor(REPEATS / 2)], result }
}

/**
 * One photo at a time: zᵢ = w·xᵢ + b, ŷᵢ = σ(zᵢ), then ∂J/∂w += xᵢ (ŷᵢ − yᵢ) / m, feature by
 * feature (the course notes' loop, with the inner loop over features written out).
 */
export function loopGradient({ samples, features, x, y, w, b }: Problem): Float64Array {
  const gradient = new Float64Array(features)
  for (let i = 0; i < samples; i++) {
    const row = i * features
    let z = b
    for (let j = 0; j < features; j++) z += w[j] * x[row + j]
    const error = (sigmoid(z) - y[i]) / samples
    for (let j = 0; j < features; j++) gradient[j] += x[row + j] * error
  }
  return gradient
}

/**
 * All photos at once with the engine's kernels: Z = X wᵀ + b (one product), A = σ(Z), then
 * ∂J/∂w = (1/m) (A − Y)ᵀ X (another). The matrices are copied into the kernels' memory once;
 * `run` is what is timed.
 */
function matrixGradient(kernels: Kernels, problem: Problem): { run: () => FloatArray } {
  const { samples, features } = problem
  const x = filled(kernels.matrix(samples, features), problem.x)
  const w = filled(kernels.matrix(1, features), problem.w)
  const y = filled(kernels.matrix(samples, 1), problem.y)
  const z = kernels.matrix(samples, 1)
  const a = kernels.matrix(samples, 1)
  const gradient = kernels.matrix(1, features)
  const bias = kernels.vector(1)
  bias[0] = problem.b
  return {
    run: () => {
      kernels.gemm(x, false, w, true, z, 1, 0)
      kernels.addBiasAndActivate('sigmoid', DEFAULT_ACTIVATION_SETTINGS, z, bias, a)
      kernels.addScaled(a.data, y.data, -1)
      kernels.gemm(a, true, x, false, gradient, 1 / samples, 0)
      return gradient.data
    }
  }
}

function filled(matrix: Matrix, values: ArrayLike<number>): Matrix {
  matrix.data.set(values)
  return matrix
}
