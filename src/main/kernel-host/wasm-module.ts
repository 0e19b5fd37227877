import { readFile } from 'node:fs/promises'
import { setFlagsFromString } from 'node:v8'
import { checkoutRoot, defaultKernelFiles, type KernelFiles } from './kernel-assets'

/** Which build of the kernels was compiled. */
export type KernelVariant = 'relaxed' | 'simd'

/** A compiled kernels module and the build it came from. */
export interface CompiledKernels {
  module: WebAssembly.Module
  variant: KernelVariant
}

/** Each build's compiled module, by its files and forced variant: compiled once a process. */
const compiled = new Map<string, Promise<CompiledKernels>>()

/**
 * Compiles the kernels: the relaxed-SIMD build (fused multiply-add) when this runtime validates
 * it, else the plain SIMD128 build; `variant` forces one. With the default files, a checkout that
 * has the AssemblyScript sources rebuilds them first when a module is missing or older than its
 * sources, so a fresh clone works without `npm run prepare`. A module is compiled once a process
 * (a failed compile is tried again next time): each backend instantiates it on memory of its
 * own, so main's live networks (one a run) get their kernels in about a millisecond, not a
 * compile of tens of milliseconds, longer on a busy machine.
 */
export function compileKernels(
  files: KernelFiles = defaultKernelFiles(),
  variant?: KernelVariant
): Promise<CompiledKernels> {
  const key = `${files.relaxed}\n${files.simd}\n${variant ?? 'best'}`
  let module = compiled.get(key)
  if (!module) {
    module = compileFiles(files, variant)
    compiled.set(key, module)
    module.catch(() => compiled.delete(key))
  }
  return module
}

async function compileFiles(files: KernelFiles, variant?: KernelVariant): Promise<CompiledKernels> {
  const root = checkoutRoot()
  if (root && files.relaxed === defaultKernelFiles(root).relaxed) await rebuildIfStale(root)
  if (variant !== 'simd') {
    const relaxed = await readFile(files.relaxed)
    if (WebAssembly.validate(relaxed)) {
      return { module: await compileOptimized(relaxed), variant: 'relaxed' }
    }
    if (variant === 'relaxed') throw new Error('this runtime does not support relaxed SIMD')
  }
  return { module: await compileOptimized(await readFile(files.simd)), variant: 'simd' }
}

/**
 * Compiles every function of the kernels with V8's optimizing compiler (TurboFan) up front, in
 * the background, instead of V8's default for WebAssembly: each function compiled on its first
 * call by the baseline compiler (Liftoff), and recompiled optimized once it has run hot for a
 * while. Every kernel is a hot loop, so the default spends a run's first few thousand batches in
 * slower baseline code (measured on the Playground-sized bench case: its epochs 5 to 12 took
 * 2–3 ms each, 1.5–2 ms optimized up front); compiling all of it optimized takes ~40 ms once a
 * process, off the main thread. The flags are V8's process-wide switches, set for this compile
 * only (a module compiled later gets V8's defaults; --no-liftoff also turns dynamic tiering off,
 * which the restore turns on again, or later modules would have every function recompiled
 * optimized in the background after its first call).
 */
async function compileOptimized(bytes: Uint8Array<ArrayBuffer>): Promise<WebAssembly.Module> {
  setFlags(['--no-liftoff', '--no-wasm-lazy-compilation'])
  try {
    return await WebAssembly.compile(bytes)
  } finally {
    setFlags(['--liftoff', '--wasm-dynamic-tiering', '--wasm-lazy-compilation'])
  }
}

/** Sets V8 flags one call each: V8 ignores the rest of a call's flags after one it lacks. */
function setFlags(flags: readonly string[]): void {
  for (const flag of flags) setFlagsFromString(flag)
}

/** Runs the checkout's scripts/build-wasm.mjs: its staleness check, and the build if needed. */
async function rebuildIfStale(root: URL): Promise<void> {
  const script = new URL('scripts/build-wasm.mjs', root)
  const build = (await import(script.href)) as { buildKernels: () => Promise<string[]> }
  await build.buildKernels()
}
