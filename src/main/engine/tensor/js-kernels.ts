import type { ActivationName, Precision } from '../../../shared/model/network'
import { ACTIVATIONS } from '../activations'
import { checkGather } from '../data-rows'
import { countCorrect } from '../metrics'
import type { Kernels } from './kernels'
import { allFinite, type FloatArray, type Matrix } from './matrix'

/**
 * The reference kernels in plain TypeScript, for Float32 or Float64. Loop orders keep the inner
 * loop on contiguous memory; accumulation happens in JavaScript doubles.
 */
export function createJsKernels(precision: Precision): Kernels {
  const newArray = (length: number): FloatArray =>
    precision === 'f64' ? new Float64Array(length) : new Float32Array(length)

  return {
    name: `js-${precision}`,
    precision,
    matrix: (rows, cols) => ({ rows, cols, data: newArray(rows * cols) }),
    vector: newArray,
    bytes: (length) => new Uint8Array(length),
    rowIndices: (length) => new Int32Array(length),
    gatherBytes(source, rowIndices, count, target) {
      checkGather(source, rowIndices, count, target)
      const { bytes, cols, scale, offset } = source
      for (let i = 0; i < count; i++) {
        const from = rowIndices[i] * cols
        const to = i * cols
        for (let j = 0; j < cols; j++) target.data[to + j] = bytes[from + j] * scale[j] + offset[j]
      }
    },
    gemm,
    columnSums(m, out, scale) {
      for (let j = 0; j < m.cols; j++) {
        let sum = 0
        for (let i = 0; i < m.rows; i++) sum += m.data[i * m.cols + j]
        out[j] = scale * sum
      }
    },
    addBiasAndActivate(activation: ActivationName, settings, z, biases, a) {
      for (let i = 0; i < z.rows; i++) {
        const row = i * z.cols
        for (let j = 0; j < z.cols; j++) z.data[row + j] += biases[j]
      }
      ACTIVATIONS[activation].forward(z.data, a.data, z.rows, z.cols, settings)
    },
    activationBackward(activation: ActivationName, settings, z, a, upstream, out) {
      ACTIVATIONS[activation].backward(
        z.data,
        a.data,
        upstream.data,
        out.data,
        z.rows,
        z.cols,
        settings
      )
    },
    addScaled(target, source, scale) {
      for (let i = 0; i < source.length; i++) target[i] += scale * source[i]
      return allFinite(target)
    },
    momentumStep(values, gradients, velocity, learningRate, momentum) {
      for (let i = 0; i < values.length; i++) {
        velocity[i] = momentum * velocity[i] + gradients[i] // v ← μ v + g
        values[i] -= learningRate * velocity[i] // θ ← θ − η v
      }
      return allFinite(values)
    },
    adamStep(values, gradients, firstMoment, secondMoment, settings) {
      const { learningRate, beta1, beta2, epsilon, step } = settings
      const firstCorrection = 1 - Math.pow(beta1, step)
      const secondCorrection = 1 - Math.pow(beta2, step)
      for (let i = 0; i < values.length; i++) {
        const gradient = gradients[i]
        firstMoment[i] = beta1 * firstMoment[i] + (1 - beta1) * gradient
        secondMoment[i] = beta2 * secondMoment[i] + (1 - beta2) * gradient * gradient
        const correctedFirst = firstMoment[i] / firstCorrection
        const correctedSecond = secondMoment[i] / secondCorrection
        values[i] -= (learningRate * correctedFirst) / (Math.sqrt(correctedSecond) + epsilon)
      }
      return allFinite(values)
    },
    sumOfSquares(values) {
      let sum = 0
      for (let i = 0; i < values.length; i++) sum += values[i] * values[i]
      return sum
    },
    sumOfAbsolutes(values) {
      let sum = 0
      for (let i = 0; i < values.length; i++) sum += Math.abs(values[i])
      return sum
    },
    addSigns(target, source, scale) {
      // Math.sign(0) is 0: the subgradient the L1 term takes at W = 0 (CONTRACTS.md section 4).
      for (let i = 0; i < source.length; i++) target[i] += scale * Math.sign(source[i])
    },
    countCorrect
  }
}

/** C ← alpha · op(A) · op(B) + beta · C (see Kernels.gemm). */
function gemm(
  a: Matrix,
  transposeA: boolean,
  b: Matrix,
  transposeB: boolean,
  c: Matrix,
  alpha: number,
  beta: number
): void {
  const m = transposeA ? a.cols : a.rows
  const inner = transposeA ? a.rows : a.cols
  const n = transposeB ? b.rows : b.cols
  const innerB = transposeB ? b.cols : b.rows
  if (inner !== innerB || c.rows !== m || c.cols !== n) {
    throw new Error(
      `gemm: cannot multiply ${m}×${inner} by ${innerB}×${n} into ${c.rows}×${c.cols}`
    )
  }
  const A = a.data
  const B = b.data
  const C = c.data
  if (beta === 0) C.fill(0, 0, m * n)
  else if (beta !== 1) for (let i = 0; i < m * n; i++) C[i] *= beta

  if (!transposeA && !transposeB) {
    // C[i][j] += alpha Σₚ A[i][p] B[p][j]: for each A[i][p], add a scaled row of B.
    for (let i = 0; i < m; i++) {
      for (let p = 0; p < inner; p++) {
        const scaled = alpha * A[i * inner + p]
        const bRow = p * n
        const cRow = i * n
        for (let j = 0; j < n; j++) C[cRow + j] += scaled * B[bRow + j]
      }
    }
  } else if (!transposeA && transposeB) {
    // C[i][j] += alpha Σₚ A[i][p] B[j][p]: dot products of rows.
    for (let i = 0; i < m; i++) {
      const aRow = i * inner
      for (let j = 0; j < n; j++) {
        const bRow = j * inner
        let dot = 0
        for (let p = 0; p < inner; p++) dot += A[aRow + p] * B[bRow + p]
        C[i * n + j] += alpha * dot
      }
    }
  } else if (transposeA && !transposeB) {
    // C[i][j] += alpha Σₚ A[p][i] B[p][j]: for each row p, outer product of A's row and B's row.
    for (let p = 0; p < inner; p++) {
      const aRow = p * m
      const bRow = p * n
      for (let i = 0; i < m; i++) {
        const scaled = alpha * A[aRow + i]
        const cRow = i * n
        for (let j = 0; j < n; j++) C[cRow + j] += scaled * B[bRow + j]
      }
    }
  } else {
    // C[i][j] += alpha Σₚ A[p][i] B[j][p]
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let dot = 0
        for (let p = 0; p < inner; p++) dot += A[p * m + i] * B[j * inner + p]
        C[i * n + j] += alpha * dot
      }
    }
  }
}
