import type { GeluApproximation } from '../../../../shared/model/activations/activation-record'
import type { ActivationName, ActivationSettings } from '../../../../shared/model/network'
import { checkGather } from '../../data-rows'
import type { DenseLayer } from '../../network'
import type { Kernels } from '../kernels'
import { createChunkRunner } from './chunk-runner'
import type { FloatArray, Matrix } from '../matrix'
import type { GemmFunction, KernelExports, PlannedJobFunction } from './kernel-module'
import { createSparseInputs } from './sparse-inputs'
import { createWideStep, wideStepOnOneThread } from './wide-step'
import type { WasmHeap } from './wasm-heap'

/**
 * The activation codes of assembly/activations.ts (checked against the catalogue by test/kernels),
 * one per form where a setting picks the function (gelu's `approximate`).
 */
const ACTIVATION_CODES = {
  sigmoid: 0,
  tanh: 1,
  relu: 2,
  'leaky-relu': 3,
  linear: 4,
  softmax: 5,
  gelu: { none: 6, tanh: 7 },
  silu: 8
} as const satisfies Record<ActivationName, number | Record<GeluApproximation, number>>

/** The WASM code of an activation with a layer's settings. */
function activationCode(activation: ActivationName, settings: ActivationSettings): number {
  const code = ACTIVATION_CODES[activation]
  return typeof code === 'number' ? code : code[settings.approximate]
}

/** The WASM code of a layer's activation. */
function layerActivationCode(layer: DenseLayer): number {
  return activationCode(layer.activation, layer.settings)
}

/** What the WASM backend is built from; the Node side (src/main/kernels) instantiates these. */
export interface WasmKernelParts {
  exports: KernelExports
  heap: WasmHeap
  /** The module's own gemm, or one that splits products across threads (same signature). */
  gemm?: GemmFunction
  /** Runs a wide-layer step's chunks: on this thread by default, or shared between threads. */
  wideStep?: PlannedJobFunction
  /** Runs a sparse first-layer product's chunks (sparse-inputs.ts): on this thread by default. */
  sparseStep?: PlannedJobFunction
  /** Batches with more non-zero inputs than this share take the dense GEMM (0: every batch). */
  sparseDensityLimit?: number
  /** Shown in logs and benchmarks, e.g. `wasm-simd-f32 (relaxed, 2 threads)`. */
  name?: string
}

/**
 * The Float32 kernels over a WASM SIMD128 module. Matrices live in the module's shared memory;
 * this wrapper checks shapes (the module trusts its arguments) and turns views into pointers.
 */
export function createWasmKernels(parts: WasmKernelParts): Kernels {
  const { exports, heap } = parts
  const gemm = parts.gemm ?? exports.gemm
  const scratch = heap.allocate(exports.gemmScratchBytes())
  const pointer = (array: FloatArray): number => heap.pointerOf(array)
  const vector = (length: number): Float32Array => heap.floats(heap.allocate(length * 4), length)

  return {
    name: parts.name ?? 'wasm-simd-f32',
    precision: 'f32',
    matrix: (rows, cols) => ({ rows, cols, data: vector(rows * cols) }),
    vector,
    bytes: (length) => heap.bytes(heap.allocate(length), length),
    rowIndices: (length) => heap.integers(heap.allocate(length * 4), length),
    gatherBytes(source, rowIndices, count, target) {
      checkGather(source, rowIndices, count, target)
      exports.gatherBytes(
        heap.pointerOf(source.bytes),
        source.cols,
        heap.pointerOf(rowIndices),
        count,
        pointer(source.scale),
        pointer(source.offset),
        pointer(target.data)
      )
    },
    ...createSparseInputs(exports, heap, scratch, parts.sparseStep, parts.sparseDensityLimit),
    wideLayerStep: createWideStep(
      exports,
      heap,
      parts.wideStep ?? wideStepOnOneThread(exports),
      scratch,
      layerActivationCode
    ),
    batchChunks: (spec) =>
      createChunkRunner({ exports, heap, scratch, activationCode: layerActivationCode }, spec),
    gemm(a, transposeA, b, transposeB, c, alpha, beta) {
      const m = transposeA ? a.cols : a.rows
      const inner = transposeA ? a.rows : a.cols
      const n = transposeB ? b.rows : b.cols
      const innerB = transposeB ? b.cols : b.rows
      if (inner !== innerB || c.rows !== m || c.cols !== n) {
        throw new Error(
          `gemm: cannot multiply ${m}×${inner} by ${innerB}×${n} into ${c.rows}×${c.cols}`
        )
      }
      const ta = transposeA ? 1 : 0
      const tb = transposeB ? 1 : 0
      const path = exports.gemmPath(ta, tb, m, n, inner)
      const aPointer = pointer(a.data)
      const bPointer = pointer(b.data)
      const cPointer = pointer(c.data)
      gemm(
        path,
        ta,
        tb,
        m,
        n,
        inner,
        alpha,
        aPointer,
        a.cols,
        bPointer,
        b.cols,
        beta,
        cPointer,
        c.cols,
        scratch
      )
    },
    columnSums(m, out, scale) {
      checkLength(out, m.cols, 'columnSums: out')
      exports.columnSums(pointer(m.data), m.rows, m.cols, pointer(out), scale)
    },
    addBiasAndActivate(activation, settings, z, biases, a) {
      checkLength(biases, z.cols, 'addBiasAndActivate: biases')
      checkSameShape(z, a, 'addBiasAndActivate')
      exports.addBiasAndActivate(
        activationCode(activation, settings),
        settings.alpha,
        pointer(z.data),
        pointer(biases),
        pointer(a.data),
        z.rows,
        z.cols
      )
    },
    activationBackward(activation, settings, z, a, upstream, out) {
      checkSameShape(z, a, 'activationBackward')
      checkSameShape(z, upstream, 'activationBackward')
      checkSameShape(z, out, 'activationBackward')
      exports.activationBackward(
        activationCode(activation, settings),
        settings.alpha,
        pointer(z.data),
        pointer(a.data),
        pointer(upstream.data),
        pointer(out.data),
        z.rows,
        z.cols
      )
    },
    addScaled(target, source, scale) {
      checkLength(target, source.length, 'addScaled: target')
      return exports.addScaled(source.length, scale, pointer(source), pointer(target)) !== 0
    },
    momentumStep(values, gradients, velocity, learningRate, momentum) {
      checkLength(gradients, values.length, 'momentumStep: gradients')
      checkLength(velocity, values.length, 'momentumStep: velocity')
      const finite = exports.momentumStep(
        values.length,
        learningRate,
        momentum,
        pointer(values),
        pointer(gradients),
        pointer(velocity)
      )
      return finite !== 0
    },
    adamStep(values, gradients, firstMoment, secondMoment, settings) {
      checkLength(gradients, values.length, 'adamStep: gradients')
      checkLength(firstMoment, values.length, 'adamStep: firstMoment')
      checkLength(secondMoment, values.length, 'adamStep: secondMoment')
      const { learningRate, beta1, beta2, epsilon, step } = settings
      const finite = exports.adamStep(
        values.length,
        learningRate,
        beta1,
        beta2,
        epsilon,
        1 - Math.pow(beta1, step),
        1 - Math.pow(beta2, step),
        pointer(values),
        pointer(gradients),
        pointer(firstMoment),
        pointer(secondMoment)
      )
      return finite !== 0
    },
    sumOfSquares: (values) => exports.sumOfSquares(values.length, pointer(values)),
    sumOfAbsolutes: (values) => exports.sumOfAbsolutes(values.length, pointer(values)),
    addSigns(target, source, scale) {
      checkLength(target, source.length, 'addSigns: target')
      exports.addSigns(source.length, scale, pointer(source), pointer(target))
    },
    countCorrect(outputs, targets) {
      checkSameShape(outputs, targets, 'countCorrect')
      return exports.countCorrect(
        pointer(outputs.data),
        pointer(targets.data),
        outputs.rows,
        outputs.cols
      )
    }
  }
}

function checkLength(array: FloatArray, length: number, what: string): void {
  if (array.length < length) throw new Error(`${what} has ${array.length} values, needs ${length}`)
}

function checkSameShape(x: Matrix, y: Matrix, what: string): void {
  if (x.rows !== y.rows || x.cols !== y.cols) {
    throw new Error(`${what}: ${x.rows}×${x.cols} and ${y.rows}×${y.cols} differ`)
  }
}
