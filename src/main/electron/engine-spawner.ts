import { utilityProcess } from 'electron'
import gemmWorkerPath from '../kernel-host/gemm-worker?modulePath'
import engineWorkerPath from '../worker/engine-worker?modulePath'
import relaxedKernelsPath from '../../../build/wasm/kernels-relaxed.wasm?asset&asarUnpack'
import simdKernelsPath from '../../../build/wasm/kernels-simd.wasm?asset&asarUnpack'
import type { EngineSpawner } from '../services/training/engine-host'

/** Where the bundled engine process finds its WASM kernels and its GEMM helper thread. */
const KERNEL_ASSETS = {
  BACKPROP_LAB_WASM_RELAXED: relaxedKernelsPath,
  BACKPROP_LAB_WASM_SIMD: simdKernelsPath,
  BACKPROP_LAB_GEMM_WORKER: gemmWorkerPath
}

/**
 * Runs the engine in an Electron utility process (its own OS process, so a crash there never
 * takes the window down; the training service then marks the run failed with the reason).
 */
export function createUtilityProcessSpawner(): EngineSpawner {
  return () => {
    const child = utilityProcess.fork(engineWorkerPath, [], {
      serviceName: 'Backprop Lab engine',
      stdio: 'inherit',
      env: { ...process.env, ...KERNEL_ASSETS }
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
