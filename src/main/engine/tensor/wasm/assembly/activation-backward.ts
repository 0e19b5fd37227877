/**
 * The activations' backward pass over a rows × cols batch, four lanes at a time (the forward pass
 * is in activation-passes.ts, the math of each activation in activations.ts). As there, the
 * activation is chosen once per call, and leftover elements go through the same vector code one
 * lane at a time.
 */
import {
  derivativeVector,
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

/**
 * out = ∂L/∂z from upstream = ∂L/∂a, z and a = f(z): upstream ⊙ f′(z), and for softmax the
 * Jacobian-vector product of each row. `out` may be `upstream`.
 */
export function activationBackward(
  kind: i32,
  alpha: f32,
  z: usize,
  a: usize,
  upstream: usize,
  out: usize,
  rows: i32,
  cols: i32
): void {
  const count = rows * cols
  switch (kind) {
    case SIGMOID: sigmoidBackward(alpha, z, a, upstream, out, count); break
    case TANH: tanhBackward(alpha, z, a, upstream, out, count); break
    case RELU: reluBackward(alpha, z, a, upstream, out, count); break
    case LEAKY_RELU: leakyReluBackward(alpha, z, a, upstream, out, count); break
    case SOFTMAX: softmaxBackward(a, upstream, out, rows, cols); break
    case GELU: geluBackward(alpha, z, a, upstream, out, count); break
    case GELU_TANH: geluTanhBackward(alpha, z, a, upstream, out, count); break
    case SILU: siluBackward(alpha, z, a, upstream, out, count); break
    default: linearBackward(alpha, z, a, upstream, out, count)
  }
}

/** Each activation's backward pass as a function of its own (small, so quickly compiled). */
function sigmoidBackward(alpha: f32, z: usize, a: usize, g: usize, out: usize, count: i32): void {
  mapBackward(SIGMOID, alpha, z, a, g, out, count)
}

function tanhBackward(alpha: f32, z: usize, a: usize, g: usize, out: usize, count: i32): void {
  mapBackward(TANH, alpha, z, a, g, out, count)
}

function reluBackward(alpha: f32, z: usize, a: usize, g: usize, out: usize, count: i32): void {
  mapBackward(RELU, alpha, z, a, g, out, count)
}

function leakyReluBackward(alpha: f32, z: usize, a: usize, g: usize, out: usize, count: i32): void {
  mapBackward(LEAKY_RELU, alpha, z, a, g, out, count)
}

function geluBackward(alpha: f32, z: usize, a: usize, g: usize, out: usize, count: i32): void {
  mapBackward(GELU, alpha, z, a, g, out, count)
}

function geluTanhBackward(alpha: f32, z: usize, a: usize, g: usize, out: usize, count: i32): void {
  mapBackward(GELU_TANH, alpha, z, a, g, out, count)
}

function siluBackward(alpha: f32, z: usize, a: usize, g: usize, out: usize, count: i32): void {
  mapBackward(SILU, alpha, z, a, g, out, count)
}

function linearBackward(alpha: f32, z: usize, a: usize, g: usize, out: usize, count: i32): void {
  mapBackward(LINEAR, alpha, z, a, g, out, count)
}

/** upstream ⊙ f′(z) over `count` elements (`kind` a constant once inlined). */
// @ts-ignore: decorator
@inline
function mapBackward(
  kind: i32,
  alpha: f32,
  z: usize,
  a: usize,
  upstream: usize,
  out: usize,
  count: i32
): void {
  let i = 0
  for (; i + 4 <= count; i += 4) {
    const at = <usize>i * FLOAT
    const slope = derivativeVector(kind, alpha, v128.load(z + at), v128.load(a + at))
    v128.store(out + at, f32x4.mul(v128.load(upstream + at), slope))
  }
  for (; i < count; i++) {
    const at = <usize>i * FLOAT
    const zLane = f32x4.splat(load<f32>(z + at))
    const slope = derivativeVector(kind, alpha, zLane, f32x4.splat(load<f32>(a + at)))
    store<f32>(out + at, load<f32>(upstream + at) * f32x4.extract_lane(slope, 0))
  }
}

/** ∂L/∂zₖ = aₖ (gₖ − Σⱼ gⱼ aⱼ) for each row, with g = ∂L/∂a. */
function softmaxBackward(a: usize, upstream: usize, out: usize, rows: i32, cols: i32): void {
  for (let i = 0; i < rows; i++) {
    const offset = <usize>i * <usize>cols * FLOAT
    softmaxBackwardRow(a + offset, upstream + offset, out + offset, cols)
  }
}

/** ∂L/∂zₖ = aₖ (gₖ − Σⱼ gⱼ aⱼ) for one row. */
function softmaxBackwardRow(a: usize, upstream: usize, out: usize, cols: i32): void {
  let dots = f32x4.splat(0)
  let k = 0
  for (; k + 4 <= cols; k += 4) {
    const offset = <usize>k * FLOAT
    dots = f32x4.add(dots, f32x4.mul(v128.load(upstream + offset), v128.load(a + offset)))
  }
  let dot = horizontalSum(dots)
  for (; k < cols; k++) {
    const offset = <usize>k * FLOAT
    dot += load<f32>(upstream + offset) * load<f32>(a + offset)
  }
  for (k = 0; k < cols; k++) {
    const offset = <usize>k * FLOAT
    const value = load<f32>(a + offset) * (load<f32>(upstream + offset) - dot)
    store<f32>(out + offset, value)
  }
}
