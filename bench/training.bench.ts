/**
 * The training benchmark of issue 7: our engine (the real Trainer on the WASM kernels) against
 * PyTorch and NumPy (Debian, one thread, OpenBLAS), TF.js (cpu and wasm), brain.js and a plain
 * JavaScript loop, on the real datasets, all in this run; then GEMM GFLOP/s. Every engine runs in
 * its own process. Prints a Markdown report and writes its section of bench/RESULTS.md (not with --quick).
 *   npm run bench   (or: node --import tsx bench/training.bench.ts [--quick])
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { preparePythonPeers, runPythonPeer, type PythonPeers } from './peers/python'
import type { BenchCase, BenchData, BenchResult } from './support/bench-case'
import { applePhotos, circles, mnistTest } from './support/datasets'
import { describeMachine } from './support/machine'
import { markdownReport, type EngineRow, type GemmRow, type Goal } from './support/report'
import { saveResultsSection } from './support/results-file'

const LABELS: Record<string, string> = {
  'ours-wasm-2': 'ours: WASM SIMD, 2 threads (default)',
  'ours-wasm-1': 'ours: WASM SIMD, 1 thread',
  'ours-js': 'ours: TypeScript kernels',
  'plain-js': 'plain JavaScript loop',
  'tfjs-cpu': 'TF.js 4.22 cpu',
  'tfjs-wasm': 'TF.js 4.22 wasm',
  brain: 'brain.js',
  torch: 'PyTorch, 1 thread',
  numpy: 'NumPy, 1 thread'
}
const MNIST_ENGINES = [
  'ours-wasm-2',
  'ours-wasm-1',
  'ours-js',
  'plain-js',
  'tfjs-cpu',
  'tfjs-wasm',
  'torch'
]

const GOALS: Goal[] = [
  { text: 'MNIST batch 64 ≥ 1.0× PyTorch', caseId: 'mnist-64', peers: ['torch'], target: 1 },
  { text: 'MNIST batch 64 ≥ 5× TF.js wasm', caseId: 'mnist-64', peers: ['tfjs-wasm'], target: 5 },
  { text: 'MNIST batch 256 ≥ 1.0× PyTorch', caseId: 'mnist-256', peers: ['torch'], target: 1 },
  { text: 'MNIST batch 256 ≥ 5× TF.js wasm', caseId: 'mnist-256', peers: ['tfjs-wasm'], target: 5 },
  {
    text: 'Tiny 2-8-8-1 ≥ 1.5× best of PyTorch and plain JS',
    caseId: 'tiny',
    peers: ['torch', 'plain-js'],
    target: 1.5
  },
  { text: 'Logistic regression ≥ 1.0× NumPy', caseId: 'logreg', peers: ['numpy'], target: 1 }
]

function cases(
  mnist: BenchData,
  tiny: BenchData,
  apples: BenchData,
  seconds: number
): [BenchCase, string[]][] {
  const timing = { seconds, warmupSeconds: seconds / 3 }
  const mnistCase = (batchSize: number): BenchCase => ({
    id: `mnist-${batchSize}`,
    title: `MNIST MLP 784-128-64-10 ReLU, softmax + cross-entropy, SGD, batch ${batchSize} (10,000 test images)`,
    data: mnist,
    layers: [
      [128, 'relu'],
      [64, 'relu'],
      [10, 'softmax']
    ],
    loss: 'cross-entropy',
    batchSize,
    learningRate: 0.05,
    shuffle: true,
    ...timing
  })
  return [
    [mnistCase(64), [...MNIST_ENGINES, 'brain']],
    [mnistCase(256), MNIST_ENGINES],
    [
      {
        id: 'tiny',
        title:
          'Tiny 2-8-8-1 tanh, sigmoid + binary cross-entropy, batch 10 (500 Playground circle points)',
        data: tiny,
        layers: [
          [8, 'tanh'],
          [8, 'tanh'],
          [1, 'sigmoid']
        ],
        loss: 'binary-cross-entropy',
        batchSize: 10,
        learningRate: 0.03,
        shuffle: true,
        ...timing
      },
      [...MNIST_ENGINES, 'brain']
    ],
    [
      {
        id: 'logreg',
        title: `Logistic regression on the fruits360 apple photos (30,000 inputs, full batch of ${apples.rows})`,
        data: apples,
        layers: [[1, 'sigmoid']],
        loss: 'binary-cross-entropy',
        batchSize: apples.rows,
        learningRate: 0.001,
        shuffle: false,
        ...timing
      },
      [...MNIST_ENGINES, 'numpy']
    ]
  ]
}

/** Every engine is measured this many times, interleaved with the others; the best counts. */
const ROUNDS = 3

/** The comma-separated values of `--name=a,b` on the command line, or null when absent. */
function listArgument(name: string): string[] | null {
  const argument = process.argv.find((value) => value.startsWith(`${name}=`))
  return argument === undefined ? null : argument.slice(name.length + 1).split(',')
}

function measure(engine: string, benchCase: BenchCase, python: PythonPeers): BenchResult | string {
  if (engine !== 'torch' && engine !== 'numpy') return runEngine(engine, benchCase)
  return python[engine] ? runPythonPeer(engine, benchCase) : 'not installed (see above)'
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
    log('reading MNIST, the apple photos and the circle points…')
    const [mnist, tiny, apples] = [
      await mnistTest(directory),
      await circles(directory),
      await applePhotos(directory)
    ]
    const rows = new Map<string, EngineRow[]>()
    const all = cases(mnist, tiny, apples, quick ? 1 : 2)
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
    log('GEMM 256³ and 1024³…')
    const gemmScript = fileURLToPath(new URL('./engines/gemm.ts', import.meta.url))
    const gemm = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', gemmScript, '256', '1024'], {
        encoding: 'utf8'
      })
    ) as GemmRow[]
    const load = execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' })
      .split(' ')
      .slice(0, 3)
      .join(' ')
    const header = [
      `Python peers: /usr/bin/python3 with ${python.blas}${python.torch ? ', torch' : ''}${python.numpy ? ', numpy' : ''}; OPENBLAS_NUM_THREADS=1`,
      `Each engine: best of ${rounds} interleaved rounds of ${quick ? 1 : 2} s after a warm-up; load average at the end (other processes share this machine): ${load}`,
      ...python.advice
    ]
    const report = markdownReport(
      machine,
      header,
      all.map(([benchCase]) => benchCase),
      rows,
      GOALS,
      gemm
    )
    // A --quick or narrowed run is for trying the bench, not for the record.
    if (!partial) await saveResultsSection('training.bench.ts', report)
    process.stdout.write(report)
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}

await main()
