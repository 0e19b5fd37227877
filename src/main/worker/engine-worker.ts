import { parentPort } from 'node:worker_threads'
import { loadKernels, type LoadedKernels } from '../kernel-host/load-kernels'
import type { Precision } from '../../shared/model/network'
import type { ParentPort } from 'electron'
import type { EngineCommand, EngineEvent, TrainingJob } from './protocol'
import { TrainingSession } from './training-session'

/**
 * The engine worker's entry. The same file runs as an Electron utility process
 * (`process.parentPort`), a worker thread (`parentPort` of worker_threads) or a forked child
 * process (`process.send`); only the message plumbing differs.
 */
interface ParentChannel {
  post(event: EngineEvent): void
  onMessage(listener: (command: EngineCommand) => void): void
}

function parentChannel(): ParentChannel {
  const electronPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort
  if (electronPort) {
    return {
      post: (event) => electronPort.postMessage(event),
      onMessage: (listener) =>
        electronPort.on('message', (message: { data: EngineCommand }) => listener(message.data))
    }
  }
  if (parentPort) {
    const port = parentPort
    return {
      post: (event) => port.postMessage(event),
      onMessage: (listener) => port.on('message', listener)
    }
  }
  if (process.send) {
    const send = process.send.bind(process)
    return {
      post: (event) => send(event),
      onMessage: (listener) => process.on('message', listener as never)
    }
  }
  throw new Error('the engine worker was started without a channel to its parent')
}

/** The kernels for a precision: WASM SIMD on two threads for f32 (or the TypeScript fallback). */
async function kernelsFor(precision: Precision): Promise<LoadedKernels> {
  return loadKernels(precision)
}

const channel = parentChannel()
let session: TrainingSession | null = null
/** Commands that arrive before the session exists (e.g. a stop right after the start). */
const early: Exclude<EngineCommand, { type: 'train' }>[] = []

channel.onMessage((command) => {
  if (command.type === 'train') void start(command.job)
  else if (session) session.command(command)
  else early.push(command)
})

async function start(job: TrainingJob): Promise<void> {
  let kernels: LoadedKernels | null = null
  try {
    kernels = await kernelsFor(job.precision)
    session = new TrainingSession(job, kernels, (event) => channel.post(event))
    for (const command of early.splice(0)) session.command(command)
    await session.run()
  } catch (error) {
    channel.post({
      type: 'crashed',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error)
    })
  } finally {
    kernels?.dispose()
  }
}

channel.post({ type: 'ready' })
