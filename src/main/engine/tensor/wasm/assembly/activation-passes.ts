/**
 * The activations' forward pass over a rows × cols batch, four lanes at a time (the backward pass
 * is in activation-backward.ts, the math of each activation in activations.ts). The activation is
 * chosen once per call: each has a function of its own with the loop inlined for its code, so no
 * vector goes through a switch. Leftover elements go through the
 * same vector code one lane at a time, so every element is computed the same way whatever its
 * position. Softmax works row by row.
 */
import {
  forwardVector,
  GELU,
  GELU_TANH,
  LEAKY_RELU,
  LINEAR,
  RELU,
  SIGMOID,
  SILU,
  SOFTMAX,
  TANH
} from './activations'
import { FLOAT, horizontalSum } from './simd'
import { expNonPositive } from './vector-math'

/**
 * z ← z + 1·bᵀ (the biases added to every row), then a = f(z), in one pass over z: the layer's
 * output from its products. `alpha` is leaky-relu's slope below zero.
 */
export function addBiasAndActivate(
  kind: i32,
  alpha: f32,
  z: usize,
  biases: usize,
  a: usize,
  rows: i32,
  cols: i32
): void {
  switch (kind) {
    case SIGMOID: sigmoidForward(alpha, z, biases, a, rows, cols); break
    case TANH: tanhForward(alpha, z, biases, a, rows, cols); break
    case RELU: reluForward(alpha, z, biases, a, rows, cols); break
    case LEAKY_RELU: leakyReluForward(alpha, z, biases, a, rows, cols); break
    case SOFTMAX: biasAndSoftmax(z, biases, a, rows, cols); break
    case GELU: geluForward(alpha, z, biases, a, rows, cols); break
    case GELU_TANH: geluTanhForward(alpha, z, biases, a, rows, cols); break
    case SILU: siluForward(alpha, z, biases, a, rows, cols); break
    default: linearForward(alpha, z, biases, a, rows, cols)
  }
}

/** Each activation's forward pass as a function of its own (small, so quickly compiled). */
function sigmoidForward(alpha: f32, z: usize, b: usize, a: usize, rows: i32, cols: i32): void {
  biasAndMap(SIGMOID, alpha, z, b, a, rows, cols)
}

function tanhForward(alpha: f32, z: usize, b: usize, a: usize, rows: i32, cols: i32): void {
  biasAndMap(TANH, alpha, z, b, a, rows, cols)
}

function reluForward(alpha: f32, z: usize, b: usize, a: usize, rows: i32, cols: i32): void {
  biasAndMap(RELU, alpha, z, b, a, rows, cols)
}

function leakyReluForward(alpha: f32, z: usize, b: usize, a: usize, rows: i32, cols: i32): void {
  biasAndMap(LEAKY_RELU, alpha, z, b, a, rows, cols)
}

function geluForward(alpha: f32, z: usize, b: usize, a: usize, rows: i32, cols: i32): void {
  biasAndMap(GELU, alpha, z, b, a, rows, cols)
}

function geluTanhForward(alpha: f32, z: usize, b: usize, a: usize, rows: i32, cols: i32): void {
  biasAndMap(GELU_TANH, alpha, z, b, a, rows, cols)
}

function siluForward(alpha: f32, z: usize, b: usize, a: usize, rows: i32, cols: i32): void {
  biasAndMap(SILU, alpha, z, b, a, rows, cols)
}

function linearForward(alpha: f32, z: usize, b: usize, a: usize, rows: i32, cols: i32): void {
  biasAndMap(LINEAR, alpha, z, b, a, rows, cols)
}

/**
 * z ← z + b and a = f(z) row by row, for an elementwise f (`kind` a constant once inlined). Rows
 * narrower than a vector (a single output unit) take their biases first, then f goes over the
 * whole batch four lanes at a time.
 */
// @ts-ignore: decorator
@inline
function biasAndMap(
  kind: i32,
  alpha: f32,
  z: usize,
  biases: usize,
  a: usize,
  rows: i32,
  cols: i32
): void {
  if (cols < 4) {
    for (let i = 0; i < rows; i++) {
      const zRow = z + <usize>i * <usize>cols * FLOAT
      for (let j = 0; j < cols; j++) {
        const at = <usize>j * FLOAT
        store<f32>(zRow + at, load<f32>(zRow + at) + load<f32>(biases + at))
      }
    }
    mapForward(kind, alpha, z, a, rows * cols)
    return
  }
  for (let i = 0; i < rows; i++) {
    const zRow = z + <usize>i * <usize>cols * FLOAT
    const aRow = a + <usize>i * <usize>cols * FLOAT
    let j = 0
    for (; j + 4 <= cols; j += 4) {
      const at = <usize>j * FLOAT
      const sum = f32x4.add(v128.load(zRow + at), v128.load(biases + at))
      v128.store(zRow + at, sum)
      v128.store(aRow + at, forwardVector(kind, alpha, sum))
    }
    for (; j < cols; j++) {
      const at = <usize>j * FLOAT
      const sum = load<f32>(zRow + at) + load<f32>(biases + at)
      store<f32>(zRow + at, sum)
      store<f32>(aRow + at, f32x4.extract_lane(forwardVector(kind, alpha, f32x4.splat(sum)), 0))
    }
  }
}

/** a = f(z) over `count` elements (`kind` a constant once inlined). */
// @ts-ignore: decorator
@inline
function mapForward(kind: i32, alpha: f32, z: usize, a: usize, count: i32): void {
  let i = 0
  for (; i + 4 <= count; i += 4) {
    const at = <usize>i * FLOAT
    v128.store(a + at, forwardVector(kind, alpha, v128.load(z + at)))
  }
  for (; i < count; i++) {
    const at = <usize>i * FLOAT
    const value = forwardVector(kind, alpha, f32x4.splat(load<f32>(z + at)))
    store<f32>(a + at, f32x4.extract_lane(value, 0))
  }
}

/** z ← z + b, then a = softmax(z), row by row. */
function biasAndSoftmax(z: usize, biases: usize, a: usize, rows: i32, cols: i32): void {
  for (let i = 0; i < rows; i++) {
    const offset = <usize>i * <usize>cols * FLOAT
    biasAndMap(LINEAR, 0, z + offset, biases, z + offset, 1, cols)
    softmaxRow(z + offset, a + offset, cols)
  }
}

/**
 * softmax(z)ₖ = e^(zₖ − max z) / Σⱼ e^(zⱼ − max z) for one row. A row of four or more whose
 * width is not a multiple of four takes its last four values as one more vector: the lanes it
 * shares with the vector before get the same values again and are masked out of the sum.
 */
function softmaxRow(z: usize, a: usize, cols: i32): void {
  const whole = cols & ~3
  // max z: a maximum is exact, so the vectors and the leftovers may be taken in any order
  let maxima = f32x4.splat(-Infinity)
  for (let k = 0; k < whole; k += 4) maxima = f32x4.max(maxima, v128.load(z + <usize>k * FLOAT))
  let max = Mathf.max(
    Mathf.max(f32x4.extract_lane(maxima, 0), f32x4.extract_lane(maxima, 1)),
    Mathf.max(f32x4.extract_lane(maxima, 2), f32x4.extract_lane(maxima, 3))
  )
  for (let k = whole; k < cols; k++) max = Mathf.max(max, load<f32>(z + <usize>k * FLOAT))
  const shift = f32x4.splat(max)
  // The last four values' e^(zₖ − max z), read before a (which may be z) is written.
  const last = <usize>(cols - 4) * FLOAT
  const lastExps = cols >= 4 ? expNonPositive(f32x4.sub(v128.load(z + last), shift)) : shift
  let sums = f32x4.splat(0)
  for (let k = 0; k < whole; k += 4) {
    const at = <usize>k * FLOAT
    const e = expNonPositive(f32x4.sub(v128.load(z + at), shift))
    v128.store(a + at, e)
    sums = f32x4.add(sums, e)
  }
  let sum: f32 = 0
  if (cols >= 4 && whole < cols) {
    v128.store(a + last, lastExps)
    // lanes 4 − (cols − whole) … 3 are the leftovers
    const fresh = i32x4.gt_s(i32x4(0, 1, 2, 3), i32x4.splat(3 - (cols - whole)))
    sums = f32x4.add(sums, v128.and(lastExps, fresh))
  } else {
    for (let k = whole; k < cols; k++) {
      const at = <usize>k * FLOAT
      const e = f32x4.extract_lane(expNonPositive(f32x4.splat(load<f32>(z + at) - max)), 0)
      store<f32>(a + at, e)
      sum += e
    }
  }
  sum += horizontalSum(sums)
  const sums4 = f32x4.splat(sum)
  let k = 0
  for (; k < whole; k += 4) {
    const at = <usize>k * FLOAT
    v128.store(a + at, f32x4.div(v128.load(a + at), sums4))
  }
  for (; k < cols; k++) {
    const at = <usize>k * FLOAT
    store<f32>(a + at, load<f32>(a + at) / sum)
  }
}
