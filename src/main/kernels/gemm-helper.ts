import { once } from 'node:events'
import { Worker } from 'node:worker_threads'
import {
  COMMAND_GEMM,
  COMMAND_QUIT,
  CONTROL_BYTES,
  CONTROL_LAYOUT as layout
} from './control-block'
import type { HelperSetup } from './gemm-worker'

/** Polls of a shared slot before a thread sleeps on it (a few tens of microseconds). */
const SPINS = 20_000
/** A helper that has not answered for this long is taken for dead. */
const STALL_MILLISECONDS = 60_000

/**
 * The engine thread's handle on one helper thread that runs gemm jobs on the same shared memory
 * (see gemm-worker.ts). `post` hands over a job and returns at once; `wait` blocks until it is
 * done. Both run synchronously, so a synchronous kernel call can fork and join.
 */
export class GemmHelper {
  private readonly integers: Int32Array
  private readonly floats: Float64Array
  private sequence = 0

  private constructor(
    private readonly worker: Worker,
    control: SharedArrayBuffer
  ) {
    this.integers = new Int32Array(control)
    this.floats = new Float64Array(control)
  }

  /**
   * Starts a helper on `memory` with the compiled kernels `module`. `workerUrl` is the helper's
   * entry (gemm-worker.ts, or its bundled .js). The thread is unref'd: it never keeps the process
   * alive, and `dispose` ends it.
   */
  static async start(
    module: WebAssembly.Module,
    memory: WebAssembly.Memory,
    workerUrl: URL | string
  ): Promise<GemmHelper> {
    const control = new SharedArrayBuffer(CONTROL_BYTES)
    const setup: HelperSetup = {
      module,
      memory,
      control,
      layout,
      spins: SPINS,
      commandQuit: COMMAND_QUIT
    }
    const worker = new Worker(workerUrl, { workerData: setup })
    const [message] = await Promise.race([
      once(worker, 'message'),
      once(worker, 'error').then(([e]) => {
        throw e
      })
    ])
    if (message !== 'ready')
      throw new Error(`gemm helper thread sent ${String(message)} instead of ready`)
    worker.unref()
    return new GemmHelper(worker, control)
  }

  /** Hands the helper one gemm call (the module's arguments) and returns without waiting. */
  post(
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
  ): void {
    const { integers } = this
    const at = layout.firstArgument
    integers[at] = path
    integers[at + 1] = transposeA
    integers[at + 2] = transposeB
    integers[at + 3] = m
    integers[at + 4] = n
    integers[at + 5] = k
    integers[at + 6] = a
    integers[at + 7] = lda
    integers[at + 8] = b
    integers[at + 9] = ldb
    integers[at + 10] = c
    integers[at + 11] = ldc
    integers[at + 12] = scratch
    this.floats[layout.alpha] = alpha
    this.floats[layout.beta] = beta
    integers[layout.command] = COMMAND_GEMM
    this.sequence = (this.sequence + 1) | 0
    Atomics.store(integers, layout.sequence, this.sequence)
    Atomics.notify(integers, layout.sequence)
  }

  /** Blocks until the posted job is done; throws if it failed or the helper stopped answering. */
  wait(): void {
    const { integers, sequence } = this
    for (let spin = 0; spin < SPINS; spin++) {
      if (Atomics.load(integers, layout.done) === sequence) return this.checkStatus()
    }
    for (;;) {
      const done = Atomics.load(integers, layout.done)
      if (done === sequence) return this.checkStatus()
      if (Atomics.wait(integers, layout.done, done, STALL_MILLISECONDS) === 'timed-out') {
        throw new Error(
          `the gemm helper thread did not answer within ${STALL_MILLISECONDS / 1000} s`
        )
      }
    }
  }

  /** Ends the helper thread. */
  dispose(): void {
    this.integers[layout.command] = COMMAND_QUIT
    Atomics.store(this.integers, layout.sequence, (this.sequence + 1) | 0)
    Atomics.notify(this.integers, layout.sequence)
    void this.worker.terminate()
  }

  private checkStatus(): void {
    if (Atomics.load(this.integers, layout.status) !== 0) {
      throw new Error('the gemm helper thread failed (a kernel trapped)')
    }
  }
}
