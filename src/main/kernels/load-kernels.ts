import { availableParallelism } from 'node:os'
import type { Precision } from '../../shared/model/network'
import { createJsKernels } from '../engine/tensor/js-kernels'
import type { Kernels } from '../engine/tensor/kernels'
import type { KernelExports } from '../engine/tensor/wasm/kernel-module'
import { WasmHeap } from '../engine/tensor/wasm/wasm-heap'
import { createWasmKernels } from '../engine/tensor/wasm/wasm-kernels'
import { GemmHelper } from './gemm-helper'
import { createTwoThreadGemm } from './two-thread-gemm'
import { compileKernels, type KernelFiles } from './wasm-module'

/** 4 GiB, the most a 32-bit WebAssembly memory can address (pages of 64 KiB). */
const MAXIMUM_PAGES = 65536
/** Products below this many multiply-adds stay on one thread (a hand-over costs ~1–3 µs). */
const MINIMUM_SPLIT_WORK = 1 << 17

/** How to load the kernels. */
export interface LoadKernelsOptions {
  /** Threads for big products: 1, or 2 (the default on a machine with two cores or more). */
  threads?: number
  /** The .wasm builds; defaults to build/wasm/ of this checkout (rebuilt when stale). */
  files?: KernelFiles
  /** The helper thread's entry; defaults to gemm-worker.ts beside this file. */
  workerUrl?: URL | string
  /** Where to say why the WASM backend could not be used (default console.warn). */
  log?: (message: string) => void
}

/** Kernels that may hold a helper thread: call `dispose` when the engine is done with them. */
export interface LoadedKernels extends Kernels {
  dispose(): void
}

/**
 * The fastest kernels for a precision: the WASM SIMD128 backend for f32 (on two threads where
 * the machine has them), falling back to the TypeScript kernels with a logged reason; the
 * TypeScript kernels for f64. Each call makes a fresh backend with its own memory, so a training
 * run's matrices are freed with its kernels.
 */
export async function loadKernels(
  precision: Precision,
  options: LoadKernelsOptions = {}
): Promise<LoadedKernels> {
  if (precision === 'f64') return withDispose(createJsKernels('f64'), () => {})
  try {
    return await loadWasmKernels(options)
  } catch (error) {
    const log = options.log ?? console.warn
    log(`WASM SIMD kernels unavailable, using the TypeScript kernels: ${(error as Error).message}`)
    return withDispose(createJsKernels('f32'), () => {})
  }
}

async function loadWasmKernels(options: LoadKernelsOptions): Promise<LoadedKernels> {
  const threads = Math.max(1, Math.min(2, options.threads ?? availableParallelism()))
  const { module, variant } = await compileKernels(options.files)
  const memory = new WebAssembly.Memory({ initial: 16, maximum: MAXIMUM_PAGES, shared: true })
  const instance = await WebAssembly.instantiate(module, { env: { memory } })
  const exports = instance.exports as unknown as KernelExports
  const heap = new WasmHeap(memory, exports.heapBase())
  const name = `wasm-simd-f32 (${variant}, ${threads} thread${threads > 1 ? 's' : ''})`
  if (threads === 1) return withDispose(createWasmKernels({ exports, heap, name }), () => {})

  const workerUrl = options.workerUrl ?? new URL('./gemm-worker.ts', import.meta.url)
  const helper = await GemmHelper.start(module, memory, workerUrl)
  const helperScratch = heap.allocate(exports.gemmScratchBytes())
  const gemm = createTwoThreadGemm(exports.gemm, helper, helperScratch, MINIMUM_SPLIT_WORK)
  return withDispose(createWasmKernels({ exports, heap, gemm, name }), () => helper.dispose())
}

function withDispose(kernels: Kernels, dispose: () => void): LoadedKernels {
  return Object.assign(kernels, { dispose })
}
