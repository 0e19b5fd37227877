/**
 * The training benchmark of issues 7 and 17: our engine (the real Trainer on the WASM kernels,
 * images from their pixel bytes) against PyTorch and NumPy (Debian, OpenBLAS, one thread; NumPy
 * also on two), TF.js (cpu and wasm), brain.js and a plain JavaScript loop, on the real datasets,
 * all in this run; then the measured 128-bit FMA peak, GEMM GFLOP/s, the whole MNIST step's FLOP
 * rate as a share of that peak, and where the step's time goes. Every engine runs in its own
 * process. Prints a Markdown report and writes its section of bench/RESULTS.md (not with --quick).
 *   npm run bench   (or: node --import tsx bench/training.bench.ts [--quick])
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { preparePythonPeers, runPythonPeer, type PythonPeers } from './peers/python'
import type { BenchCase, BenchResult } from './support/bench-case'
import { applePhotos, mnistTest, spirals } from './support/datasets'
import { describeMachine } from './support/machine'
import {
  markdownReport,
  sparseInputsNote,
  type EngineRow,
  type GemmRow,
  type PeakRow,
  type StepProfile
} from './support/report'
import { saveResultsSection } from './support/results-file'
import { GOALS, LABELS, trainingCases } from './support/training-cases'

/** Every engine is measured this many times, interleaved with the others; the best counts. */
const ROUNDS = 3

/** The comma-separated values of `--name=a,b` on the command line, or null when absent. */
function listArgument(name: string): string[] | null {
  const argument = process.argv.find((value) => value.startsWith(`${name}=`))
  return argument === undefined ? null : argument.slice(name.length + 1).split(',')
}

function measure(engine: string, benchCase: BenchCase, python: PythonPeers): BenchResult | string {
  if (engine === 'numpy-2') {
    return python.numpy ? runPythonPeer('numpy', benchCase, 2) : 'not installed (see above)'
  }
  if (engine !== 'torch' && engine !== 'numpy') return runEngine(engine, benchCase)
  return python[engine] ? runPythonPeer(engine, benchCase) : 'not installed (see above)'
}

/** Runs one of bench/engines/*.ts in a fresh process and parses its JSON line. */
function runScript<T>(script: string, args: string[]): T {
  const path = fileURLToPath(new URL(`./engines/${script}`, import.meta.url))
  const output = execFileSync(process.execPath, ['--import', 'tsx', path, ...args], {
    encoding: 'utf8'
  })
  return JSON.parse(output.trim().split('\n').pop()!) as T
}

/** The faster of two results (a failure only when both failed). */
function better(
  previous: BenchResult | string | undefined,
  next: BenchResult | string
): BenchResult | string {
  if (previous === undefined || typeof previous === 'string') return next
  if (typeof next === 'string') return previous
  return next.samplesPerSecond > previous.samplesPerSecond ? next : previous
}

/** Runs one engine in a fresh Node process; a string says why it failed. */
function runEngine(engine: string, benchCase: BenchCase): BenchResult | string {
  const script = fileURLToPath(new URL('./engines/run-engine.ts', import.meta.url))
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', script, engine, JSON.stringify(benchCase)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 24
    }
  )
  if (run.status !== 0) {
    const error = run.stderr.split('\n').find((line) => /Error\b/.test(line))
    return `failed: ${error?.trim() ?? `exit ${run.status}`}`
  }
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as BenchResult
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick')
  // --only=CASE[,CASE] and --engines=ENGINE[,ENGINE] narrow the run for tuning; such a partial run
  // is not written to bench/RESULTS.md.
  const only = listArgument('--only')
  const onlyEngines = listArgument('--engines')
  const partial = quick || only !== null || onlyEngines !== null
  const log = (line: string) => process.stderr.write(`${line}\n`)
  const machine = describeMachine()
  const python = preparePythonPeers(log)
  const directory = await mkdtemp(join(tmpdir(), 'backprop-bench-'))
  try {
    log('reading MNIST, the apple photos and the spiral points…')
    const [mnist, tiny, apples] = [
      await mnistTest(directory),
      await spirals(directory),
      await applePhotos(directory)
    ]
    const rows = new Map<string, EngineRow[]>()
    const all = trainingCases(mnist, tiny, apples, quick ? 1 : 2)
      .filter(([benchCase]) => only === null || only.includes(benchCase.id))
      .map(([benchCase, engines]): [BenchCase, string[]] => [
        benchCase,
        engines.filter((engine) => onlyEngines === null || onlyEngines.includes(engine))
      ])
    const rounds = quick ? 1 : ROUNDS
    for (const [benchCase, engines] of all) {
      const best = new Map<string, BenchResult | string>()
      // Rounds go through every engine in turn, so a burst of load from other processes hits
      // them alike; each engine keeps its best round.
      for (let round = 1; round <= rounds; round++) {
        for (const engine of engines) {
          log(`${benchCase.id}: ${engine} (round ${round} of ${rounds})`)
          const result = measure(engine, benchCase, python)
          best.set(engine, better(best.get(engine), result))
        }
      }
      rows.set(
        benchCase.id,
        engines.map((engine) => ({ engine, label: LABELS[engine], result: best.get(engine)! }))
      )
    }
    log('the 128-bit FMA peak, GEMM 256³ and 1024³, the MNIST step profile…')
    const peak = runScript<PeakRow[]>('fma-peak.ts', [])
    const gemm = runScript<GemmRow[]>('gemm.ts', ['256', '1024'])
    const profiles = [64, 256].map((batch) =>
      runScript<StepProfile>('step-profile.ts', [String(batch), '2', mnist.bytes!, mnist.targets])
    )
    const pixels = await readFile(mnist.bytes!)
    const mnistDensity =
      pixels.reduce((count, byte) => count + (byte === 0 ? 0 : 1), 0) / pixels.length
    const load = execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' })
      .split(' ')
      .slice(0, 3)
      .join(' ')
    const header = [
      `Python peers: /usr/bin/python3 with ${python.blas}${python.torch ? ', torch' : ''}${python.numpy ? ', numpy' : ''}; OPENBLAS_NUM_THREADS=1`,
      `Each engine: best of ${rounds} interleaved rounds of ${quick ? 1 : 2} s after a warm-up; load average at the end (other processes share this machine): ${load}`,
      sparseInputsNote(mnistDensity),
      ...python.advice
    ]
    const report = markdownReport(
      machine,
      header,
      all.map(([benchCase]) => benchCase),
      rows,
      GOALS,
      { peak, gemm, profiles, mnistDensity }
    )
    // A --quick or narrowed run is for trying the bench, not for the record.
    if (!partial) await saveResultsSection('training.bench.ts', report)
    process.stdout.write(report)
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}

await main()
