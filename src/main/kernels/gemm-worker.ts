/**
 * The helper thread of the two-thread gemm. It instantiates the kernels module on the engine's
 * shared memory, then serves jobs from the control block until told to quit: wait for a new job
 * number, run that half of the product, publish the number as done. It spins briefly before
 * sleeping (Atomics.wait), because during training the next job follows within microseconds.
 *
 * It imports nothing at run time (only types), so Node can load this file as TypeScript source
 * (type stripping) as well as the bundled JavaScript of an electron-vite build.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { ControlLayout } from './control-block'

/** What the engine thread sends when it starts the helper. */
export interface HelperSetup {
  module: WebAssembly.Module
  memory: WebAssembly.Memory
  control: SharedArrayBuffer
  layout: ControlLayout
  /** Polls of the job number before sleeping. */
  spins: number
  commandQuit: number
}

type Gemm = (...args: number[]) => void

const setup = workerData as HelperSetup
const instance = new WebAssembly.Instance(setup.module, { env: { memory: setup.memory } })
const gemm = instance.exports.gemm as Gemm
const integers = new Int32Array(setup.control)
const floats = new Float64Array(setup.control)
const { layout } = setup

parentPort?.postMessage('ready')
serveJobs()

function serveJobs(): void {
  let seen = Atomics.load(integers, layout.sequence)
  for (;;) {
    const job = nextJob(seen)
    seen = job
    if (Atomics.load(integers, layout.command) === setup.commandQuit) return
    try {
      runGemm()
      Atomics.store(integers, layout.status, 0)
    } catch {
      Atomics.store(integers, layout.status, 1)
    }
    Atomics.store(integers, layout.done, job)
    Atomics.notify(integers, layout.done)
  }
}

/** Waits until the job number differs from `seen` (spinning first, then sleeping). */
function nextJob(seen: number): number {
  for (let spin = 0; spin < setup.spins; spin++) {
    const job = Atomics.load(integers, layout.sequence)
    if (job !== seen) return job
  }
  for (;;) {
    Atomics.wait(integers, layout.sequence, seen)
    const job = Atomics.load(integers, layout.sequence)
    if (job !== seen) return job
  }
}

function runGemm(): void {
  const at = layout.firstArgument
  const argument = (index: number): number => integers[at + index]
  // gemm(path, transposeA, transposeB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, scratch)
  gemm(
    argument(0),
    argument(1),
    argument(2),
    argument(3),
    argument(4),
    argument(5),
    floats[layout.alpha],
    argument(6),
    argument(7),
    argument(8),
    argument(9),
    floats[layout.beta],
    argument(10),
    argument(11),
    argument(12)
  )
}
