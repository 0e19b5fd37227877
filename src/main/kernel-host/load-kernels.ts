import { availableParallelism } from 'node:os'
import type { Precision } from '../../shared/model/network'
import { createJsKernels } from '../engine/tensor/js-kernels'
import type { Kernels } from '../engine/tensor/kernels'
import type { KernelExports, PlannedJobFunction } from '../engine/tensor/wasm/kernel-module'
import { WasmHeap } from '../engine/tensor/wasm/wasm-heap'
import { createWasmKernels } from '../engine/tensor/wasm/wasm-kernels'
import { GemmHelper } from './gemm-helper'
import {
  COMMAND_QUIT,
  COMMAND_SPARSE_PRODUCT,
  COMMAND_WIDE_STEP,
  CONTROL_BYTES,
  CONTROL_SLOTS
} from './control-block'
import { createJobSharing, createSharedGemm, createSharedPlannedJob } from './shared-gemm'
import { sparseOnOneThread } from '../engine/tensor/wasm/sparse-inputs'
import { wideStepOnOneThread } from '../engine/tensor/wasm/wide-step'
import { defaultGemmWorker, type KernelFiles } from './kernel-assets'
import { compileKernels, type KernelVariant } from './wasm-module'

/** 4 GiB, the most a 32-bit WebAssembly memory can address (pages of 64 KiB). */
const MAXIMUM_PAGES = 65536
/** Jobs below this many multiply-adds stay on one thread (a hand-over costs ~1 µs). */
const MINIMUM_SHARED_WORK = 1 << 16

/**
 * Environment variables through which a bundled host points at the built assets, when the
 * checkout's build/wasm/ and gemm-worker.ts are not beside the code (an electron-vite build:
 * set them from `?asset` and `?modulePath` imports when forking the engine's utility process).
 */
export const KERNEL_ASSET_VARIABLES = {
  relaxed: 'BACKPROP_LAB_WASM_RELAXED',
  simd: 'BACKPROP_LAB_WASM_SIMD',
  worker: 'BACKPROP_LAB_GEMM_WORKER'
} as const

/** How to load the kernels. */
export interface LoadKernelsOptions {
  /** Threads sharing big products (default: 2 where the machine has two cores, else 1). */
  threads?: number
  /**
   * The .wasm builds; defaults to the KERNEL_ASSET_VARIABLES, else build/wasm/ of this checkout
   * (rebuilt when stale).
   */
  files?: KernelFiles
  /** Force a build: `relaxed` (fused multiply-add) or plain `simd`; default: the best available. */
  variant?: KernelVariant
  /** The helper thread's entry; defaults to its variable, else gemm-worker.ts beside this file. */
  workerUrl?: URL | string
  /**
   * Batches of pixel bytes with more non-zero inputs than this share take the dense first-layer
   * GEMM (default SPARSE_DENSITY_LIMIT; 0 keeps every batch dense).
   */
  sparseDensityLimit?: number
  /** Where to say why the WASM backend could not be used (default console.warn). */
  log?: (message: string) => void
}

/** Kernels that may hold helper threads: call `dispose` when the engine is done with them. */
export interface LoadedKernels extends Kernels {
  /** Bytes allocated in the backend's own memory (0 for the TypeScript kernels). */
  allocatedBytes(): number
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
  if (precision === 'f64') return typeScriptKernels('f64')
  try {
    return await loadWasmKernels(options)
  } catch (error) {
    const log = options.log ?? console.warn
    log(`WASM SIMD kernels unavailable, using the TypeScript kernels: ${(error as Error).message}`)
    return typeScriptKernels('f32')
  }
}

/**
 * Starts compiling the f32 kernels `loadKernels` with these options will use (compiled once a
 * process), so that a first `loadKernels` later takes about a millisecond; a failure is left for
 * that call to report.
 */
export function precompileKernels(
  options: Pick<LoadKernelsOptions, 'files' | 'variant'> = {}
): void {
  compileKernels(kernelFiles(options), options.variant).catch(() => {})
}

/** The .wasm builds to load: the given ones, the host's (its variables), else the checkout's. */
function kernelFiles(options: Pick<LoadKernelsOptions, 'files'>): KernelFiles | undefined {
  const { relaxed, simd } = KERNEL_ASSET_VARIABLES
  const fromEnvironment =
    process.env[relaxed] && process.env[simd]
      ? { relaxed: process.env[relaxed], simd: process.env[simd] }
      : undefined
  return options.files ?? fromEnvironment
}

function typeScriptKernels(precision: Precision): LoadedKernels {
  return loaded(
    createJsKernels(precision),
    () => 0,
    () => {}
  )
}

async function loadWasmKernels(options: LoadKernelsOptions): Promise<LoadedKernels> {
  const threads = Math.max(1, Math.round(options.threads ?? Math.min(2, availableParallelism())))
  const { worker } = KERNEL_ASSET_VARIABLES
  const { module, variant } = await compileKernels(kernelFiles(options), options.variant)
  const memory = new WebAssembly.Memory({ initial: 16, maximum: MAXIMUM_PAGES, shared: true })
  const instance = await WebAssembly.instantiate(module, { env: { memory } })
  const exports = instance.exports as unknown as KernelExports
  const heap = new WasmHeap(memory, exports.heapBase())
  const { sparseDensityLimit } = options
  const name = `wasm-simd-f32 (${variant}, ${threads} thread${threads > 1 ? 's' : ''})`
  const allocatedBytes = (): number => heap.allocatedBytes
  if (threads === 1) {
    return loaded(
      createWasmKernels({ exports, heap, name, sparseDensityLimit }),
      allocatedBytes,
      () => {}
    )
  }

  const control = heap.allocate(CONTROL_BYTES)
  const workerUrl = options.workerUrl ?? process.env[worker] ?? defaultGemmWorker()
  const started = await Promise.allSettled(
    Array.from({ length: threads - 1 }, () => {
      const scratch = heap.allocate(exports.gemmScratchBytes())
      return GemmHelper.start(module, memory, control, scratch, workerUrl)
    })
  )
  const helpers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
  const failure = started.find((result) => result.status === 'rejected')
  if (failure) {
    // One thread is still fast; say why the others are missing.
    for (const helper of helpers) helper.dispose()
    const log = options.log ?? console.warn
    log(`WASM kernels run on one thread: a helper thread did not start (${String(failure.reason)})`)
    const soloName = `wasm-simd-f32 (${variant}, 1 thread)`
    return loaded(
      createWasmKernels({ exports, heap, name: soloName, sparseDensityLimit }),
      allocatedBytes,
      () => {}
    )
  }
  const sharing = createJobSharing(exports, memory, control)
  const gemm = createSharedGemm(exports, sharing, MINIMUM_SHARED_WORK)
  const share = (command: number, alone: PlannedJobFunction): PlannedJobFunction =>
    createSharedPlannedJob(command, sharing, MINIMUM_SHARED_WORK, alone)
  const wideStep = share(COMMAND_WIDE_STEP, wideStepOnOneThread(exports))
  const sparseStep = share(COMMAND_SPARSE_PRODUCT, sparseOnOneThread(exports))
  const dispose = (): void => {
    const integers = new Int32Array(memory.buffer, control, CONTROL_BYTES / 4)
    Atomics.store(integers, CONTROL_SLOTS.command, COMMAND_QUIT)
    Atomics.add(integers, CONTROL_SLOTS.job, 1)
    Atomics.notify(integers, CONTROL_SLOTS.job)
    for (const helper of helpers) helper.dispose()
  }
  return loaded(
    createWasmKernels({
      exports,
      heap,
      gemm,
      wideStep,
      sparseStep,
      name,
      sparseDensityLimit
    }),
    allocatedBytes,
    dispose
  )
}

function loaded(
  kernels: Kernels,
  allocatedBytes: () => number,
  dispose: () => void
): LoadedKernels {
  return Object.assign(kernels, { allocatedBytes, dispose })
}
