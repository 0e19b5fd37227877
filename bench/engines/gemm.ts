/**
 * GFLOP/s of our WASM gemm on square products (C ← A·Bᵀ, the forward pass's form), on one and two
 * threads, from its fastest call in three half-second rounds (as the FMA peak in fma-peak.ts is
 * taken from its fastest calls, so that both sides of "% of the peak" are what the cores do
 * undisturbed, whatever else runs on the machine); prints one JSON line: [{ size, threads, gflops }].
 *   node --import tsx bench/engines/gemm.ts 256 1024
 */
import { loadKernels } from '../../src/main/kernel-host/load-kernels'

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number)
  const results: { size: number; threads: number; gflops: number; variant: string }[] = []
  for (const threads of [1, 2]) {
    const kernels = await loadKernels('f32', { threads, log: () => {} })
    for (const size of sizes) {
      const a = kernels.matrix(size, size)
      const b = kernels.matrix(size, size)
      const c = kernels.matrix(size, size)
      a.data.forEach((_, i) => (a.data[i] = ((i * 7) % 13) / 13))
      b.data.forEach((_, i) => (b.data[i] = ((i * 5) % 11) / 11))
      const product = () => kernels.gemm(a, false, b, true, c, 1, 0)
      const flops = 2 * size ** 3
      for (let start = performance.now(); performance.now() - start < 500;) product()
      // The fastest call of three half-second rounds: other processes on the machine come and go.
      let fastest = Infinity
      for (let round = 0; round < 3; round++) {
        let calls = 0
        const start = performance.now()
        while (calls < 3 || performance.now() - start < 500) {
          const call = performance.now()
          product()
          fastest = Math.min(fastest, performance.now() - call)
          calls++
        }
      }
      const best = flops / (fastest / 1000) / 1e9
      const variant = /\((\w+)/.exec(kernels.name)?.[1] ?? kernels.name
      results.push({ size, threads, gflops: best, variant })
    }
    kernels.dispose()
  }
  process.stdout.write(`${JSON.stringify(results)}\n`)
}

await main()
