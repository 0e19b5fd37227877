import { utilityProcess } from 'electron'
import { BUNDLED_ASSETS } from '../bundled-assets'
import type { EngineSpawner } from '../services/training/engine-host'
import { ENGINE_WORKER_VARIABLE } from '../services/training/engine-host'

/**
 * Runs the engine in an Electron utility process (its own OS process, so a crash there never
 * takes the window down; the training service then marks the run failed with the reason).
 */
export function createUtilityProcessSpawner(): EngineSpawner {
  return () => {
    const child = utilityProcess.fork(BUNDLED_ASSETS[ENGINE_WORKER_VARIABLE], [], {
      serviceName: 'Backprop Lab engine',
      stdio: 'inherit',
      env: { ...process.env, ...BUNDLED_ASSETS }
    })
    let exitListener: ((reason: string | null) => void) | null = null
    let killed = false
    child.on('exit', (code) => {
      exitListener?.(killed || code === 0 ? null : `the engine process exited with code ${code}`)
    })
    return {
      send: (command) => child.postMessage(command),
      onEvent: (listener) => child.on('message', listener),
      onExit: (listener) => {
        exitListener = listener
      },
      kill: () => {
        killed = true
        child.kill()
      }
    }
  }
}
