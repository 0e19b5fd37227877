/**
 * The measured 128-bit multiply-add peak in GFLOP/s on 1 and 2 threads: each thread runs the
 * kernels module's multiplyAddPeak (12 independent f32x4 multiply-add chains, the relaxed build's
 * fused multiply-add) in short calls for half a second, all threads at once, and keeps its
 * fastest call; the threads' rates are added up; best of three rounds. The peak is a property of
 * the cores, so it is taken from calls that ran undisturbed: on a machine shared with other
 * processes a rate averaged over half a second measures their load instead (a run at load 10
 * found 21 GFLOP/s on one thread where its fastest calls run at 48), and every "% of the peak"
 * below would be inflated by as much. Prints one JSON line: [{ threads, gflops }].
 *   node --import tsx bench/engines/fma-peak.ts
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { compileKernels } from '../../src/main/kernel-host/wasm-module'

/** Flops of one iteration: 12 multiply-adds of 4 lanes. */
const FLOPS_PER_ITERATION = 96
/** Iterations of one call: about a quarter of a millisecond, short enough to run undisturbed. */
const ITERATIONS = 100_000

async function measureThread(module: WebAssembly.Module, start: number): Promise<number> {
  const memory = new WebAssembly.Memory({ initial: 16, maximum: 16, shared: true })
  const instance = await WebAssembly.instantiate(module, { env: { memory } })
  const peak = instance.exports.multiplyAddPeak as (iterations: number) => number
  peak(ITERATIONS)
  while (Date.now() < start) {
    // all threads begin together
  }
  let fastest = Infinity
  const begin = performance.now()
  while (performance.now() - begin < 500) {
    const call = performance.now()
    peak(ITERATIONS)
    fastest = Math.min(fastest, performance.now() - call)
  }
  return (ITERATIONS * FLOPS_PER_ITERATION) / (fastest / 1000) / 1e9
}

async function main(): Promise<void> {
  const { module } = await compileKernels(undefined, 'relaxed').catch(() => compileKernels())
  const results: { threads: number; gflops: number }[] = []
  for (const threads of [1, 2]) {
    let best = 0
    for (let round = 0; round < 3; round++) {
      const start = Date.now() + 300
      const rates = await Promise.all(
        Array.from(
          { length: threads },
          () =>
            new Promise<number>((resolve, reject) => {
              const worker = new Worker(new URL(import.meta.url), {
                workerData: { module, start },
                execArgv: process.execArgv
              })
              worker.once('message', resolve)
              worker.once('error', reject)
            })
        )
      )
      best = Math.max(
        best,
        rates.reduce((sum, rate) => sum + rate, 0)
      )
    }
    results.push({ threads, gflops: best })
  }
  process.stdout.write(`${JSON.stringify(results)}\n`)
}

if (isMainThread) await main()
else {
  const { module, start } = workerData as { module: WebAssembly.Module; start: number }
  parentPort!.postMessage(await measureThread(module, start))
}
