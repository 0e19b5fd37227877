import type {
  GemmFunction,
  KernelExports,
  PlannedJobFunction
} from '../engine/tensor/wasm/kernel-module'
import { SPIN_MILLISECONDS } from './gemm-helper'
import {
  COMMAND_GEMM,
  CONTROL_SLOTS as slots,
  JOB_TAG_LIMIT,
  MAXIMUM_CHUNKS
} from './control-block'

/** Columns and rows of a micro-kernel tile (assembly/gemm-tile.ts): chunks are whole tiles. */
const TILE_COLS = 12
const TILE_ROWS = 3
/** Chunks per product: enough that a thread which starts late leaves little to wait for. */
const CHUNKS_PER_PRODUCT = 8
/** A helper that has not finished a claimed chunk for this long is taken for dead. */
const STALL_MILLISECONDS = 60_000
/**
 * Signs that the helpers are not getting a core (another thread or process is busy), averaged
 * over recent jobs: they compute under MINIMUM_HELPER_SHARE of the chunks, or this thread waits
 * for a chunk a descheduled helper holds longer than MAXIMUM_WAIT_RATIO times its own computing.
 * When the signs last LASTING_MILLISECONDS, their polling only takes time from this thread, so
 * jobs run here alone for a stretch before sharing is tried again. Shorter hold-ups pass: on a
 * quiet machine a helper is held up now and then for a time slice (~3 ms, e.g. by this process's
 * own compiler and garbage-collector threads), which tipped the averages of ten jobs at batch 64.
 * Competition comes in two kinds. A burst (the app's page redrawing its charts: ~20 ms of a core,
 * 40-60 ms as it shares the core with training, a few times a second) is over within a few short
 * stretches, so the first QUICK_RETRIES stretches alone last SOLO_MILLISECONDS. Lasting
 * competition (another program busy on a core) fails every retry, and each retry costs: the woken
 * helpers poll a core another process needs and hold chunks this thread waits for. So each
 * further stretch doubles, up to MAXIMUM_SOLO_MILLISECONDS, until a retry's sharing lasts
 * LASTING_SHARING_MILLISECONDS; the next stretch is a short one again. Measured after retries
 * every 20 ms: beside a busy program sharing lasted 15 ms (median; 25 ms at the 90th percentile),
 * beside the app's page 37 ms, on a quiet machine 190 ms. (Stretches of 256-1,024 jobs,
 * ~30-110 ms at batch 32, sent 40-50% of the app's jobs to one thread; stretches of 10-20 ms
 * every time cost a fifth of the rate beside a busy program.)
 * A helper polls for a millisecond after its last chunk, then sleeps (gemm-helper.ts), so after
 * a stretch alone, and at the first job, it wakes with the job that needs it: up to ~0.5 ms on a
 * quiet machine, ten jobs of MNIST at batch 64 that this thread computes alone. Judged by them,
 * every retry failed. So those jobs wait for the helper to take a chunk before the averages
 * count, and only a helper that has taken none within HELPER_WAKE_MILLISECONDS is taken for one
 * that gets no core.
 */
const MINIMUM_HELPER_SHARE = 0.2
const MAXIMUM_WAIT_RATIO = 0.5
const SOLO_MILLISECONDS = 10
const QUICK_RETRIES = 3
const MAXIMUM_SOLO_MILLISECONDS = 160
const LASTING_SHARING_MILLISECONDS = 30
const HELPER_WAKE_MILLISECONDS = 2
const LASTING_MILLISECONDS = 5
/** Weight of the latest job in the running averages. */
const SMOOTHING = 0.1

/** A job cut into chunks, posted to the helper threads: its command and how to write it. */
export interface SharedJob {
  command: number
  chunkCount: number
  /** Writes the job's arguments into the control block (i32 and f32 views of it). */
  write(integers: Int32Array, floats: Float32Array): void
}

/**
 * Shares jobs between the calling thread and the helper threads polling the control block at
 * `control` (all on one shared memory): every thread claims chunks until none are left, then
 * this thread waits for the chunks others are finishing. `share` returns false, and does
 * nothing, while the helpers sit out (see MAXIMUM_WAIT_RATIO); the caller then computes alone.
 */
export function createJobSharing(
  exports: KernelExports,
  memory: { readonly buffer: ArrayBufferLike },
  control: number
): { share(job: SharedJob, scratch: number): boolean } {
  const integers = new Int32Array(memory.buffer, control, 32)
  const floats = new Float32Array(memory.buffer, control, 32)
  let tag = 0
  let helperShare = 0.5
  let waitRatio = 0
  /** Until when jobs run here alone. */
  let soloUntil = 0
  /** Stretches alone since sharing last lasted, and since when jobs are shared (-1: not yet). */
  let stretches = 0
  let sharingSince = -1
  /**
   * Whether the helpers may be asleep (no chunk taken since the first job or the last stretch
   * alone), and since when this thread has posted to them (-1: not since then).
   */
  let waking = true
  let wakingSince = -1
  /** Since when the averages have shown the signs above (-1: they do not). */
  let badSince = -1

  /** The next stretch runs here alone (see QUICK_RETRIES); the helpers sleep through it. */
  const goAlone = (now: number): void => {
    if (now - sharingSince >= LASTING_SHARING_MILLISECONDS) stretches = 0
    const doublings = Math.max(0, stretches - QUICK_RETRIES + 1)
    const stretch = Math.min(SOLO_MILLISECONDS * 2 ** doublings, MAXIMUM_SOLO_MILLISECONDS)
    soloUntil = now + stretch
    stretches++
    helperShare = 0.5
    waitRatio = 0
    badSince = -1
    // The retry waits for them to wake.
    waking = true
  }

  return {
    share(job, scratch) {
      if (soloUntil > 0) {
        if (performance.now() < soloUntil) return false
        soloUntil = 0
        sharingSince = -1
      }
      tag = (tag % (JOB_TAG_LIMIT - 1)) + 1
      // Close claiming under the new tag before the arguments change, so a helper still on the
      // previous job cannot claim a chunk of this one with half-written arguments.
      Atomics.store(integers, slots.claim, tag * 256 + MAXIMUM_CHUNKS)
      integers[slots.command] = job.command
      job.write(integers, floats)
      integers[slots.chunkCount] = job.chunkCount
      Atomics.store(integers, slots.completed, 0)
      Atomics.store(integers, slots.claim, tag * 256)
      Atomics.store(integers, slots.job, tag)
      Atomics.notify(integers, slots.job)

      const start = performance.now()
      if (sharingSince < 0) sharingSince = start
      if (waking && wakingSince < 0) wakingSince = start
      const computedHere = exports.sharedWork(control, scratch)
      const computed = performance.now()
      waitForChunks(integers, job.chunkCount)
      const waited = performance.now() - computed
      // A helper that has not woken within HELPER_WAKE_MILLISECONDS gets no core: alone at once.
      let absent = false
      if (waking && computedHere === job.chunkCount) {
        // Not awake yet: the averages wait for it.
        if (computed - wakingSince < HELPER_WAKE_MILLISECONDS) return true
        absent = true
      }
      waking = false
      wakingSince = -1
      helperShare += SMOOTHING * (1 - computedHere / job.chunkCount - helperShare)
      waitRatio += SMOOTHING * (waited / Math.max(computed - start, 0.001) - waitRatio)
      if (helperShare >= MINIMUM_HELPER_SHARE && waitRatio <= MAXIMUM_WAIT_RATIO && !absent) {
        badSince = -1
        return true
      }
      if (badSince < 0) badSince = computed
      if (absent || computed - badSince >= LASTING_MILLISECONDS) goAlone(computed)
      return true
    }
  }
}

/**
 * A gemm that shares big products through `sharing`. C is cut into chunks of whole tiles (by
 * columns, or by rows when C is narrow). Products under `minimumWork` multiply-adds stay on this
 * thread: a hand-over costs about a microsecond. Every chunk takes the path chosen for the whole
 * product and every element of C is computed by the same operations, so the result is bit for
 * bit the one-thread result, whoever computes which chunk (and while the helpers sit out).
 */
export function createSharedGemm(
  exports: KernelExports,
  sharing: ReturnType<typeof createJobSharing>,
  minimumWork: number
): GemmFunction {
  // One job, its arguments written in place before each post: posting allocates nothing.
  const posted = new Int32Array(12)
  const shape = { byColumns: false, chunkSize: 0, alpha: 0, beta: 0 }
  const job: SharedJob = {
    command: COMMAND_GEMM,
    chunkCount: 0,
    write(integers, floats) {
      integers.set(posted, slots.firstArgument)
      integers[slots.splitByColumns] = shape.byColumns ? 1 : 0
      integers[slots.chunkSize] = shape.chunkSize
      floats[slots.alpha] = shape.alpha
      floats[slots.beta] = shape.beta
    }
  }
  return (path, transposeA, transposeB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, scratch) => {
    const byColumns = n >= 2 * TILE_COLS
    const small = m * n * k < minimumWork || (!byColumns && m < 2 * TILE_ROWS)
    if (!small) {
      const tile = byColumns ? TILE_COLS : TILE_ROWS
      const tiles = Math.ceil((byColumns ? n : m) / tile)
      const chunkSize = tile * Math.ceil(tiles / Math.min(CHUNKS_PER_PRODUCT, tiles))
      job.chunkCount = Math.ceil((byColumns ? n : m) / chunkSize)
      posted[0] = path
      posted[1] = transposeA
      posted[2] = transposeB
      posted[3] = m
      posted[4] = n
      posted[5] = k
      posted[6] = a
      posted[7] = lda
      posted[8] = b
      posted[9] = ldb
      posted[10] = c
      posted[11] = ldc
      shape.byColumns = byColumns
      shape.chunkSize = chunkSize
      shape.alpha = alpha
      shape.beta = beta
      if (sharing.share(job, scratch)) return
    }
    exports.gemm(
      path,
      transposeA,
      transposeB,
      m,
      n,
      k,
      alpha,
      a,
      lda,
      b,
      ldb,
      beta,
      c,
      ldc,
      scratch
    )
  }
}

/**
 * A planned job (a one-pass wide-layer step, or a sparse first-layer product) whose chunks are
 * shared through `sharing` from `minimumWork` multiply-adds up, else run by `alone`. Each chunk
 * writes its own part of the result (a wide step's partial gradients are added in chunk order
 * afterwards), so the result is the one-thread result.
 */
export function createSharedPlannedJob(
  command: number,
  sharing: ReturnType<typeof createJobSharing>,
  minimumWork: number,
  alone: PlannedJobFunction
): PlannedJobFunction {
  // One job, its plan written in place before each post: posting allocates nothing.
  let posted = 0
  const job: SharedJob = {
    command,
    chunkCount: 0,
    write: (integers) => (integers[slots.firstArgument] = posted)
  }
  return (plan, chunkCount, work, scratch) => {
    if (work >= minimumWork && chunkCount > 1) {
      posted = plan
      job.chunkCount = chunkCount
      if (sharing.share(job, scratch)) return
    }
    alone(plan, chunkCount, work, scratch)
  }
}

/** Blocks until `count` chunks are finished: polls for a while, then sleeps on the counter. */
function waitForChunks(integers: Int32Array, count: number): void {
  const deadline = performance.now() + SPIN_MILLISECONDS
  for (let poll = 1; Atomics.load(integers, slots.completed) < count; poll++) {
    if ((poll & 1023) === 0 && performance.now() > deadline) {
      sleepForChunks(integers, count)
      break
    }
  }
  if (Atomics.load(integers, slots.failed) !== 0) {
    throw new Error('a gemm helper thread failed (a kernel trapped)')
  }
}

function sleepForChunks(integers: Int32Array, count: number): void {
  for (;;) {
    const completed = Atomics.load(integers, slots.completed)
    if (completed >= count || Atomics.load(integers, slots.failed) !== 0) return
    if (Atomics.wait(integers, slots.completed, completed, STALL_MILLISECONDS) === 'timed-out') {
      throw new Error(`a gemm helper thread did not finish within ${STALL_MILLISECONDS / 1000} s`)
    }
  }
}
