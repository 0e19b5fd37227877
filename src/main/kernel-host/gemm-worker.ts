/**
 * A helper thread of the shared gemm (and one-pass wide-layer steps). It instantiates the kernels
 * module on the engine's shared memory, then serves jobs until told to quit: wait for a new job
 * tag in the control block, and call the module's sharedWork, which takes chunks of the job
 * until none are left. It polls
 * for a while before sleeping (Atomics.wait), because during training the next job follows
 * within microseconds, while waking a sleeping thread can take hundreds of microseconds.
 *
 * It imports nothing at run time (only types), so Node can load this file as TypeScript source
 * (type stripping) as well as the bundled JavaScript of an electron-vite build.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { ControlSlots } from './control-block'

/** What the engine thread sends when it starts a helper. */
export interface HelperSetup {
  module: WebAssembly.Module
  memory: WebAssembly.Memory
  /** Byte offsets of the control block and of this helper's gemm scratch. */
  control: number
  scratch: number
  slots: ControlSlots
  commandQuit: number
  /** How long to poll for the next job before sleeping, in milliseconds. */
  spinMilliseconds: number
}

const setup = workerData as HelperSetup
const { slots } = setup
const instance = new WebAssembly.Instance(setup.module, { env: { memory: setup.memory } })
const sharedWork = instance.exports.sharedWork as (control: number, scratch: number) => void
const control = new Int32Array(setup.memory.buffer, setup.control, 32)

// Read the job tag before announcing readiness, so a job posted right after is not missed.
const firstSeen = Atomics.load(control, slots.job)
parentPort?.postMessage('ready')
serveJobs(firstSeen)

function serveJobs(firstSeen: number): void {
  let seen = firstSeen
  for (;;) {
    seen = nextJob(seen)
    if (Atomics.load(control, slots.command) === setup.commandQuit) return
    try {
      sharedWork(setup.control, setup.scratch)
    } catch {
      Atomics.store(control, slots.failed, 1)
      Atomics.notify(control, slots.completed)
    }
  }
}

/** Waits until the job tag differs from `seen`: polls for a while, then sleeps. */
function nextJob(seen: number): number {
  for (;;) {
    const deadline = performance.now() + setup.spinMilliseconds
    for (let poll = 1; ; poll++) {
      const job = Atomics.load(control, slots.job)
      if (job !== seen) return job
      if ((poll & 1023) === 0 && performance.now() > deadline) break
    }
    Atomics.wait(control, slots.job, seen)
  }
}
