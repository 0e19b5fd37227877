import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { EngineCommand, EngineEvent } from '../../worker/protocol'

/**
 * A running engine worker as the training service sees it, whatever hosts it (an Electron
 * utility process in the app, a worker thread in the CLI, browser mode and tests).
 */
export interface EngineChannel {
  send(command: EngineCommand): void
  onEvent(listener: (event: EngineEvent) => void): void
  /** Called once when the worker is gone: `null` after a normal end, else the reason. */
  onExit(listener: (reason: string | null) => void): void
  kill(): void
}

/** Starts a fresh engine worker. */
export type EngineSpawner = () => EngineChannel

/** The engine worker's TypeScript entry, for hosts that run sources through tsx. */
export const ENGINE_WORKER_SOURCE = new URL('../../worker/engine-worker.ts', import.meta.url)

/** Names the engine worker's built entry in a bundled host (see src/main/bundled-assets.ts). */
export const ENGINE_WORKER_VARIABLE = 'BACKPROP_LAB_ENGINE_WORKER'

/** The built worker a bundled host named, else the TypeScript source. */
function defaultEngineWorker(): URL {
  const built = process.env[ENGINE_WORKER_VARIABLE]
  return built ? pathToFileURL(built) : ENGINE_WORKER_SOURCE
}

/**
 * Spawns the engine in a worker thread. A `.ts` entry gets tsx's loader, so the same sources
 * run under the CLI, browser mode and vitest without a build.
 */
export function createThreadSpawner(entry: URL = defaultEngineWorker()): EngineSpawner {
  const path = fileURLToPath(entry)
  const execArgv = path.endsWith('.ts')
    ? ['--import', createRequire(import.meta.url).resolve('tsx')]
    : []
  return () => {
    const worker = new Worker(path, { execArgv })
    let exitListener: ((reason: string | null) => void) | null = null
    let failure: string | null = null
    worker.on('error', (error) => {
      failure = error.stack ?? error.message
    })
    worker.on('exit', (code) => {
      exitListener?.(
        failure ?? (code === 0 || code === 1 ? null : `the engine worker exited with code ${code}`)
      )
    })
    return {
      send: (command) => worker.postMessage(command),
      onEvent: (listener) => worker.on('message', listener),
      onExit: (listener) => {
        exitListener = listener
      },
      kill: () => void worker.terminate()
    }
  }
}
