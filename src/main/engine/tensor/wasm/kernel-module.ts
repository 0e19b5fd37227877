/**
 * The shape of the compiled WASM kernels (assembly/index.ts) as the engine sees it, without
 * WebAssembly typings: the engine only calls functions and reads a memory's buffer. Pointers are
 * byte offsets into the shared linear memory; booleans are passed as 0 or 1.
 */

/** C ← alpha · op(A) · op(B) + beta · C along `path`, with `scratch` bytes for this thread. */
export type GemmFunction = (
  path: number,
  transposeA: number,
  transposeB: number,
  m: number,
  n: number,
  k: number,
  alpha: number,
  a: number,
  lda: number,
  b: number,
  ldb: number,
  beta: number,
  c: number,
  ldc: number,
  scratch: number
) => void

/**
 * Runs chunks 0 … chunkCount − 1 of the job planned at `plan` (a wide-layer step, or a sparse
 * first-layer product), of `work` multiply-adds in all, on several threads or one.
 */
export type PlannedJobFunction = (
  plan: number,
  chunkCount: number,
  work: number,
  scratch: number
) => void

/** Runs a planned job's chunks one after the other on this thread, with `chunk` of the module. */
export function onOneThread(
  chunk: (plan: number, index: number, scratch: number) => void
): PlannedJobFunction {
  return (plan, chunkCount, _work, scratch) => {
    for (let index = 0; index < chunkCount; index++) chunk(plan, index, scratch)
  }
}

/** The functions the kernels module exports (see assembly/*.ts for the math of each). */
export interface KernelExports {
  /** First byte after the module's static data. */
  heapBase(): number
  /** Scratch bytes one thread needs for gemm. */
  gemmScratchBytes(): number
  /** How a product of this shape is computed; every thread of one product uses the same path. */
  gemmPath(transposeA: number, transposeB: number, m: number, n: number, k: number): number
  gemm: GemmFunction
  /**
   * Claims and computes chunks of the shared job (a gemm or a wide step) posted in the control
   * block at `control`; returns how many this thread computed.
   */
  sharedWork(control: number, scratch: number): number
  /** Folds pixel bytes' conversion into the weights before a wide-layer step's chunks. */
  wideBegin(plan: number): void
  /** Chunk `index` of the one-pass wide-layer step planned at `plan` (assembly/wide-layer.ts). */
  wideChunk(plan: number, index: number, scratch: number): void
  /** Sums the wide step's partial gradients into the layer's, scaled by 1/m. */
  wideFinish(plan: number): void
  gatherBytes(
    bytes: number,
    cols: number,
    rowIndices: number,
    count: number,
    scale: number,
    offset: number,
    target: number
  ): void
  /**
   * Chunk `index` of the sparse first-layer product or gather planned at `plan`
   * (assembly/sparse-layer.ts).
   */
  sparseChunk(plan: number, index: number, scratch: number): void
  /**
   * δ (rows × units) copied into strips of units for a sparse gradient; 1 when every δ is finite,
   * else 0 (assembly/sparse-gradient.ts).
   */
  stripDelta(delta: number, rows: number, units: number, strips: number): number
  /** Entries from one column list to the next in a gradient band (sparse-gradient.ts). */
  columnStride(rows: number): number
  /** Trains up to `batches` batches of the chunk plan at `plan`; returns how many were updated. */
  trainChunk(plan: number, batches: number): number
  columnSums(m: number, rows: number, cols: number, out: number, scale: number): void
  addBiasAndActivate(
    kind: number,
    alpha: number,
    z: number,
    biases: number,
    a: number,
    rows: number,
    cols: number
  ): void
  activationBackward(
    kind: number,
    alpha: number,
    z: number,
    a: number,
    upstream: number,
    out: number,
    rows: number,
    cols: number
  ): void
  /** The updates: 1 when every value written is finite, else 0. */
  addScaled(count: number, scale: number, x: number, y: number): number
  momentumStep(
    count: number,
    learningRate: number,
    momentum: number,
    values: number,
    gradients: number,
    velocity: number
  ): number
  adamStep(
    count: number,
    learningRate: number,
    beta1: number,
    beta2: number,
    epsilon: number,
    firstCorrection: number,
    secondCorrection: number,
    values: number,
    gradients: number,
    firstMoment: number,
    secondMoment: number
  ): number
  sumOfSquares(count: number, x: number): number
  sumOfAbsolutes(count: number, x: number): number
  addSigns(count: number, scale: number, x: number, y: number): void
  countCorrect(outputs: number, targets: number, rows: number, cols: number): number
}

/** A growable linear memory: WebAssembly.Memory's shape (shared, so views survive growth). */
export interface GrowableMemory {
  readonly buffer: ArrayBufferLike
  /** Adds `pages` of 64 KiB; returns the previous size in pages. */
  grow(pages: number): number
}
