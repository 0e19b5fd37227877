import { once } from 'node:events'
import { Worker } from 'node:worker_threads'
import { COMMAND_QUIT, CONTROL_SLOTS } from './control-block'
import type { HelperSetup } from './gemm-worker'

/**
 * How long a helper polls for the next job before sleeping, in milliseconds. Within a training
 * step the next job follows in microseconds; a thread that slept (on a virtual machine, on an
 * idle core) can take hundreds of microseconds to wake.
 */
export const SPIN_MILLISECONDS = 1

/**
 * A helper thread serving shared gemm jobs on the kernels' memory (see gemm-worker.ts). It is
 * unref'd, so it never keeps the process alive; `dispose` ends it.
 */
export class GemmHelper {
  private constructor(private readonly worker: Worker) {}

  /**
   * Starts a helper for the control block at `control`, with its own gemm `scratch`.
   * `workerUrl` is the helper's entry (gemm-worker.ts, or its bundled .js).
   */
  static async start(
    module: WebAssembly.Module,
    memory: WebAssembly.Memory,
    control: number,
    scratch: number,
    workerUrl: URL | string
  ): Promise<GemmHelper> {
    const setup: HelperSetup = {
      module,
      memory,
      control,
      scratch,
      slots: CONTROL_SLOTS,
      commandQuit: COMMAND_QUIT,
      spinMilliseconds: SPIN_MILLISECONDS
    }
    const worker = new Worker(workerUrl, { workerData: setup })
    const failed = once(worker, 'error').then(([error]) => Promise.reject(error as Error))
    const exited = once(worker, 'exit').then(([code]) =>
      Promise.reject(
        new Error(`the gemm helper exited with code ${String(code)} before it was ready`)
      )
    )
    const [message] = await Promise.race([once(worker, 'message'), failed, exited])
    if (message !== 'ready') throw new Error(`gemm helper sent ${String(message)} instead of ready`)
    worker.unref()
    return new GemmHelper(worker)
  }

  /** Ends the thread (the caller posts the quit command first, so it stops between jobs). */
  dispose(): void {
    void this.worker.terminate()
  }
}
