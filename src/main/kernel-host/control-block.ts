/**
 * The control block of a shared gemm (see assembly/gemm-parallel.ts, which defines it): i32 slots
 * in the kernels' shared memory through which the engine thread posts a product and its helper
 * threads find it. Slot indices are Int32Array positions.
 */
export const CONTROL_SLOTS = {
  /** Job tag, published last; helpers wait for it to change. */
  job: 0,
  /** tag · 256 + index of the next unclaimed chunk. */
  claim: 1,
  /** Chunks finished. */
  completed: 2,
  /** COMMAND_GEMM, COMMAND_WIDE_STEP, COMMAND_SPARSE_PRODUCT or COMMAND_QUIT. */
  command: 3,
  /** gemm: path, transposeA, transposeB, m, n, k, a, lda, b, ldb, c, ldc; otherwise: a plan. */
  firstArgument: 4,
  /** 1 to cut C by columns, 0 by rows; chunk size; chunk count. */
  splitByColumns: 16,
  chunkSize: 17,
  chunkCount: 18,
  /** f32 slots (Float32Array positions) of alpha and beta. */
  alpha: 19,
  beta: 20,
  /** Set to 1 by a helper whose kernel call threw. */
  failed: 21
} as const

/** The slots' type, for the helper's workerData. */
export type ControlSlots = typeof CONTROL_SLOTS

/** Commands in the `command` slot. */
export const COMMAND_GEMM = 0
export const COMMAND_QUIT = 1
export const COMMAND_WIDE_STEP = 2
export const COMMAND_SPARSE_PRODUCT = 3

/** Bytes of the control block. */
export const CONTROL_BYTES = 128

/** Chunk indices live in the low 8 bits of the claim word. */
export const MAXIMUM_CHUNKS = 255

/** Job tags stay below 2²³ so that tag · 256 + index is a positive i32. */
export const JOB_TAG_LIMIT = 1 << 23
