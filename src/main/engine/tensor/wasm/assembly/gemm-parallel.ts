/**
 * One job shared by several threads: a gemm, or a one-pass wide-layer step (wide-layer.ts). The
 * caller writes the job into a control block in shared memory and cuts it into chunks (a gemm's
 * C into whole tiles, by columns, or rows for a narrow C; a wide step's rows into blocks); every
 * thread then calls sharedWork, which claims chunks one at a time with a compare-and-swap until
 * none are left. A thread that starts late (or never gets a core) simply finds fewer chunks, so
 * no thread ever waits for work another thread was assigned but could not start.
 *
 * Control block (i32 slots; the same layout is in src/main/kernel-host/control-block.ts):
 *   0 job        job tag (1 … 2²³ − 1), published last
 *   1 claim      tag · 256 + next chunk index
 *   2 completed  chunks finished
 *   3 command    0 = gemm, 1 = quit (read by the helper threads' JavaScript), 2 = wide step,
 *                3 = a first-layer product skipping zero inputs, or its gather (sparse-layer.ts)
 *   4 … 15       gemm: path, transposeA, transposeB, m, n, k, a, lda, b, ldb, c, ldc;
 *                wide step and sparse product: the plan's pointer
 *   16 … 18      split by columns (1) or rows (0), chunk size, chunk count
 *   19, 20       alpha, beta (f32)
 */
import { gemm } from './gemm'
import { FLOAT } from './simd'
import { sparseChunk } from './sparse-layer'
import { wideChunk } from './wide-layer'

const JOB: usize = 0
const CLAIM: usize = 4
const COMPLETED: usize = 8
const COMMAND: usize = 12
const WIDE_STEP: i32 = 2
const SPARSE_PRODUCT: i32 = 3
const ARGUMENTS: usize = 16
const SPLIT: usize = 64
const ALPHA: usize = 76
const BETA: usize = 80

/**
 * Works on the job in `control` until all its chunks are claimed, with this thread's `scratch`.
 * Each finished chunk is counted in `completed` (and waiters on that slot are woken). Returns
 * how many chunks this thread computed.
 */
export function sharedWork(control: usize, scratch: usize): i32 {
  const job = atomic.load<i32>(control + JOB)
  const count = load<i32>(control + SPLIT, 8)
  let computed = 0
  let claim = atomic.load<i32>(control + CLAIM)
  // Until the claim word belongs to another job or no chunk is left.
  while (claim >>> 8 == job && (claim & 255) < count) {
    if (atomic.cmpxchg<i32>(control + CLAIM, claim, claim + 1) == claim) {
      const command = load<i32>(control + COMMAND)
      if (command == WIDE_STEP) {
        wideChunk(<usize>load<i32>(control + ARGUMENTS), claim & 255, scratch)
      } else if (command == SPARSE_PRODUCT) {
        sparseChunk(<usize>load<i32>(control + ARGUMENTS), claim & 255, scratch)
      } else {
        runChunk(control, claim & 255, scratch)
      }
      computed++
      atomic.add<i32>(control + COMPLETED, 1)
      atomic.notify(control + COMPLETED)
    }
    claim = atomic.load<i32>(control + CLAIM)
  }
  return computed
}

/** The part of the product in chunk `index`: a band of C's columns or rows. */
function runChunk(control: usize, index: i32, scratch: usize): void {
  const at = control + ARGUMENTS
  const path = load<i32>(at)
  const transposeA = load<i32>(at, 4) != 0
  const transposeB = load<i32>(at, 8) != 0
  let m = load<i32>(at, 12)
  let n = load<i32>(at, 16)
  const k = load<i32>(at, 20)
  let a = <usize>load<i32>(at, 24)
  const lda = load<i32>(at, 28)
  let b = <usize>load<i32>(at, 32)
  const ldb = load<i32>(at, 36)
  let c = <usize>load<i32>(at, 40)
  const ldc = load<i32>(at, 44)
  const byColumns = load<i32>(control + SPLIT) != 0
  const size = load<i32>(control + SPLIT, 4)
  const first = index * size
  if (byColumns) {
    // Columns [first, first + size): op(B) and C start `first` columns on.
    n = min(size, n - first)
    b += (transposeB ? <usize>first * <usize>ldb : <usize>first) * FLOAT
    c += <usize>first * FLOAT
  } else {
    // Rows [first, first + size): op(A) and C start `first` rows on.
    m = min(size, m - first)
    a += (transposeA ? <usize>first : <usize>first * <usize>lda) * FLOAT
    c += <usize>first * <usize>ldc * FLOAT
  }
  const alpha = load<f32>(control + ALPHA)
  const beta = load<f32>(control + BETA)
  gemm(path, transposeA, transposeB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, scratch)
}
