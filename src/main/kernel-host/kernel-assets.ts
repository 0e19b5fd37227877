import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Where the two builds of the kernels are. */
export interface KernelFiles {
  relaxed: string
  simd: string
}

/** How far up from this module the checkout root may be (src/main/kernels, out/main/chunks). */
const LEVELS = 4

/**
 * The checkout this code runs from: the nearest folder above this module (as a TypeScript source
 * or bundled by electron-vite into out/) that has scripts/build-wasm.mjs, or null in a packaged
 * app, where the host names the assets (see KERNEL_ASSET_VARIABLES).
 */
export function checkoutRoot(): URL | null {
  let folder = new URL('.', import.meta.url)
  for (let level = 0; level <= LEVELS; level++) {
    if (existsSync(fileURLToPath(new URL('scripts/build-wasm.mjs', folder)))) return folder
    folder = new URL('../', folder)
  }
  return null
}

/** The files scripts/build-wasm.mjs writes in the checkout (build/wasm/). */
export function defaultKernelFiles(root: URL | null = checkoutRoot()): KernelFiles {
  const directory = new URL('build/wasm/', root ?? new URL('../../../', import.meta.url))
  return {
    relaxed: fileURLToPath(new URL('kernels-relaxed.wasm', directory)),
    simd: fileURLToPath(new URL('kernels-simd.wasm', directory))
  }
}

/** The helper thread's entry: beside this module, else the checkout's TypeScript source. */
export function defaultGemmWorker(root: URL | null = checkoutRoot()): URL {
  const beside = new URL('./gemm-worker.ts', import.meta.url)
  if (existsSync(fileURLToPath(beside)) || root === null) return beside
  return new URL('src/main/kernel-host/gemm-worker.ts', root)
}
