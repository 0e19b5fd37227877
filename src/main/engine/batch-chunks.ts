import type { LossName } from '../../shared/model/network'
import type { Regularization } from '../../shared/model/training'
import type { LoaderBuffers, TrainingData } from './batches'
import type { BatchWorkspace, DenseLayer } from './network'
import type { UpdateRule } from './optimizers'
import type { Matrix } from './tensor/matrix'

/**
 * Small networks in one call. A Playground-sized step (2-8-8-1 on 10 rows) is a few microseconds
 * of arithmetic, less than its forty crossings from JavaScript into the kernels cost, and a
 * table's 64-64-10 at batch 32 spends ~40% of its step there (CHUNK_MAXIMUM_PRODUCT). Kernels
 * that can (the WASM backend) then train a whole chunk of batches per call: gather, forward,
 * backward, update and the metrics' ingredients, through the same kernel code and arguments as
 * per-batch stepping, so that the numbers are bit for bit the same. The loss itself is computed
 * here from each batch's recorded outputs with the engine's own loss code (see trainer.ts).
 */

/**
 * A chunk pays while every product of a step stays under this many multiply-adds. It saves the
 * JavaScript around each batch (~30 µs a batch for two layers, whatever their size) and gives up
 * the second core, which saves at most half of the products' time less ~1 µs a hand-over.
 * Measured on two cores (AMD EPYC, A/B alternating epochs in one process, 2026-12-07), a chunk
 * against batch-by-batch stepping on 64 inputs at batch 32, Adam: 64 units (products of 131,072)
 * 1.5–1.9×; 128 units (262,144) 0.8–1.4×; 256 units (524,288) 0.7–0.8×; 512 units 0.55×. On
 * one thread a chunk wins at every one of those sizes (1.2–1.8× in CPU time), so the limit is
 * where the second core starts to pay.
 */
export const CHUNK_MAXIMUM_PRODUCT = 1 << 18

/** Batches a chunk takes at most (its records are kept for all of them). */
export const CHUNK_MAXIMUM_BATCHES = 256

/**
 * Bytes of records a chunk keeps at most (z(L), a(L) and the targets of each of its batches):
 * wide outputs or big batches take fewer batches a call rather than hundreds of megabytes.
 */
export const CHUNK_RECORD_BYTES = 1 << 20

/** Everything a chunk works on; the arrays are the trainer's own. */
export interface ChunkSpec {
  layers: readonly DenseLayer[]
  workspace: BatchWorkspace
  data: TrainingData
  /** The trainer's batch buffers and the epoch's order of training rows. */
  batch: LoaderBuffers
  order: Int32Array
  loss: LossName
  /** True when δ(L) = a − y (the output activation matches the loss). */
  fused: boolean
  /** λ₁ and λ: the chunk adds λ₁ sign(W) + λW to ∂J/∂W as network.ts's backward does. */
  regularization: Regularization
}

/** Runs chunks of batches for one trainer. */
export interface ChunkRunner {
  /**
   * Trains up to `batches` batches starting at `position` in the order (fewer when their
   * records would pass CHUNK_RECORD_BYTES), updating by `rule` (its slot buffers and Adam's step
   * as they are now).
   */
  run(position: number, batches: number, rule: UpdateRule): ChunkOutcome
}

/** What a chunk did. */
export interface ChunkOutcome {
  /** Batches whose update was applied. */
  updated: number
  /**
   * `outputs`: the batch after the updated ones has non-finite outputs and was not updated;
   * `parameters`: the last updated batch left a non-finite parameter; null: all went through.
   */
  stopped: 'outputs' | 'parameters' | null
  /** Batch k of the chunk (k < updated, or k = updated when stopped on outputs). */
  batch(k: number): ChunkBatch
}

/** One batch of a chunk as it was before its update. */
export interface ChunkBatch {
  size: number
  /** Rows classified correctly (0 for regression). */
  correct: number
  /** Σₗ Σ|W(l)| (0 when λ₁ = 0), for the L1 term of J. */
  absolutes: number
  /** Σₗ ‖W(l)‖² (0 when λ = 0), for the L2 term of J. */
  squares: number
  /** z(L), a(L) and the targets: views of the chunk's record, valid until its next run. */
  z: Matrix
  a: Matrix
  targets: Matrix
}

/** True when every product of a step of this size stays small enough to chunk. */
export function chunkPays(layers: readonly DenseLayer[], capacity: number): boolean {
  return layers.every((layer) => capacity * layer.inputSize * layer.units < CHUNK_MAXIMUM_PRODUCT)
}
