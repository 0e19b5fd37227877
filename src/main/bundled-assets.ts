import gemmWorkerPath from './kernel-host/gemm-worker?modulePath'
import engineWorkerPath from './worker/engine-worker?modulePath'
import relaxedKernelsPath from '../../build/wasm/kernels-relaxed.wasm?asset&asarUnpack'
import simdKernelsPath from '../../build/wasm/kernels-simd.wasm?asset&asarUnpack'
import { KERNEL_ASSET_VARIABLES } from './kernel-host/load-kernels'
import { ENGINE_WORKER_VARIABLE } from './services/training/engine-host'

/**
 * Where a built host (the app's main process, the built CLI) finds the engine's worker, its
 * GEMM helper thread and the WASM kernels: electron-vite emits them beside the bundle (the
 * kernels unpacked from the asar in the installed app). Only built code imports this module.
 */
export const BUNDLED_ASSETS = {
  [ENGINE_WORKER_VARIABLE]: engineWorkerPath,
  [KERNEL_ASSET_VARIABLES.relaxed]: relaxedKernelsPath,
  [KERNEL_ASSET_VARIABLES.simd]: simdKernelsPath,
  [KERNEL_ASSET_VARIABLES.worker]: gemmWorkerPath
}
