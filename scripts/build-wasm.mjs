/**
 * Builds the WASM SIMD kernels from their AssemblyScript source with the `assemblyscript` npm
 * package (no toolchain download): src/main/engine/tensor/wasm/assembly → build/wasm/.
 * Two variants: `kernels-relaxed.wasm` (relaxed-SIMD fused multiply-add, used where the runtime
 * validates it) and `kernels-simd.wasm` (plain SIMD128). Runs from npm's `prepare`; the kernel
 * loader also calls `buildKernels()` when a file is missing or older than its sources.
 *
 *   node scripts/build-wasm.mjs [--force]
 */
import { mkdir, readdir, rename, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const sourceDirectory = join(root, 'src/main/engine/tensor/wasm')
const configFile = join(sourceDirectory, 'asconfig.json')

/** Where the built modules go. */
export const wasmDirectory = join(root, 'build/wasm')

/** The asconfig targets and the files they produce. */
export const KERNEL_VARIANTS = {
  relaxed: join(wasmDirectory, 'kernels-relaxed.wasm'),
  simd: join(wasmDirectory, 'kernels-simd.wasm')
}

/** Newest modification time (ms) of the kernel sources, the asconfig and this script. */
async function newestSourceTime() {
  const assembly = join(sourceDirectory, 'assembly')
  const files = (await readdir(assembly)).map((name) => join(assembly, name))
  files.push(configFile, fileURLToPath(import.meta.url))
  const times = await Promise.all(files.map(async (file) => (await stat(file)).mtimeMs))
  return Math.max(...times)
}

/** True when some output is missing or older than its sources. */
export async function kernelsAreStale() {
  const sourceTime = await newestSourceTime()
  for (const file of Object.values(KERNEL_VARIANTS)) {
    const built = await stat(file).catch(() => null)
    if (!built || built.mtimeMs < sourceTime) return true
  }
  return false
}

/**
 * Compiles both variants (only when stale, unless `force`). Resolves to the list of files
 * written; rejects with the compiler's diagnostics on an error.
 */
export async function buildKernels({ force = false } = {}) {
  if (!force && !(await kernelsAreStale())) return []
  const { default: asc } = await import('assemblyscript/asc')
  await mkdir(wasmDirectory, { recursive: true })
  for (const [target, outFile] of Object.entries(KERNEL_VARIANTS)) {
    // Write beside the target and rename: test files that build at the same time never see a
    // half-written module.
    const partial = `${outFile}.${process.pid}.partial`
    const result = await asc.main([
      '--config',
      configFile,
      '--target',
      target,
      '--outFile',
      partial
    ])
    if (result.error) {
      throw new Error(`AssemblyScript build of ${target} failed:\n${result.stderr.toString()}`)
    }
    await rename(partial, outFile)
  }
  return Object.values(KERNEL_VARIANTS)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const written = await buildKernels({ force: process.argv.includes('--force') })
  console.log(written.length ? `built ${written.join(', ')}` : 'WASM kernels are up to date')
}
