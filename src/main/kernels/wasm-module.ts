import { access, readFile } from 'node:fs/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** The repository root as seen from this file (src/main/kernels). */
const repositoryRoot = new URL('../../../', import.meta.url)

/** Which build of the kernels was compiled. */
export type KernelVariant = 'relaxed' | 'simd'

/** A compiled kernels module and the build it came from. */
export interface CompiledKernels {
  module: WebAssembly.Module
  variant: KernelVariant
}

/** Where the two builds are: build/wasm/ of the checkout unless the host says otherwise. */
export interface KernelFiles {
  relaxed: string
  simd: string
}

/** The files scripts/build-wasm.mjs writes in this checkout. */
export function defaultKernelFiles(): KernelFiles {
  const directory = new URL('build/wasm/', repositoryRoot)
  return {
    relaxed: fileURLToPath(new URL('kernels-relaxed.wasm', directory)),
    simd: fileURLToPath(new URL('kernels-simd.wasm', directory))
  }
}

/**
 * Compiles the kernels: the relaxed-SIMD build (fused multiply-add) when this runtime validates
 * it, else the plain SIMD128 build; `variant` forces one. With the default files, a checkout that
 * has the AssemblyScript sources rebuilds them first when a module is missing or older than its
 * sources, so a fresh clone works without `npm run prepare`.
 */
export async function compileKernels(
  files: KernelFiles = defaultKernelFiles(),
  variant?: KernelVariant
): Promise<CompiledKernels> {
  if (files.relaxed === defaultKernelFiles().relaxed) await rebuildIfStale()
  if (variant !== 'simd') {
    const relaxed = await readFile(files.relaxed)
    if (WebAssembly.validate(relaxed)) {
      return { module: await WebAssembly.compile(relaxed), variant: 'relaxed' }
    }
    if (variant === 'relaxed') throw new Error('this runtime does not support relaxed SIMD')
  }
  return { module: await WebAssembly.compile(await readFile(files.simd)), variant: 'simd' }
}

/** Runs scripts/build-wasm.mjs's staleness check and build when the script is there. */
async function rebuildIfStale(): Promise<void> {
  const script = new URL('scripts/build-wasm.mjs', repositoryRoot)
  const present = await access(script).then(
    () => true,
    () => false
  )
  if (!present) return
  const build = (await import(pathToFileURL(fileURLToPath(script)).href)) as {
    buildKernels: () => Promise<string[]>
  }
  await build.buildKernels()
}
