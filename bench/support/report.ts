import type { BenchCase, BenchResult } from './bench-case'
import type { Machine } from './machine'

/** An engine's row in a case's table. */
export interface EngineRow {
  engine: string
  label: string
  result: BenchResult | string
}

/** A goal of the speed issues: our engine's rate over a peer's (or the best of several) at least `target`. */
export interface Goal {
  text: string
  caseId: string
  peers: string[]
  target: number
}

/** GEMM throughput of one size and thread count. */
export interface GemmRow {
  size: number
  threads: number
  gflops: number
  variant: string
}

/** The measured 128-bit multiply-add peak on a number of threads (bench/engines/fma-peak.ts). */
export interface PeakRow {
  threads: number
  gflops: number
}

/** Where one MNIST training step's time goes (bench/engines/step-profile.ts). */
export interface StepProfile {
  batchSize: number
  threads: number
  stepMicroseconds: number
  parts: { part: string; microseconds: number }[]
}

/** The machine figures measured besides the training rates. */
export interface MachineFigures {
  peak: PeakRow[]
  gemm: GemmRow[]
  profiles: StepProfile[]
  /** Share of the MNIST images' pixel bytes that are non-zero (our first layer skips the rest). */
  mnistDensity: number
}

/**
 * Flops of one MNIST 784-128-64-10 training sample: 2 per multiply-add of the forward products
 * (784·128 + 128·64 + 64·10), of the weight gradients (the same) and of the δ products below the
 * output (128·64 + 64·10; none for the inputs). `density` scales the first layer's products:
 * 1 counts them dense (what the peers do), the share of non-zero inputs what our engine, skipping
 * zero pixel bytes, executes.
 */
const mnistFlopsPerSample = (density: number): number =>
  2 * (2 * (density * 784 * 128 + 128 * 64 + 64 * 10) + (128 * 64 + 64 * 10))

/** The bench's line about our first layer on pixel bytes, for the MNIST sections. */
export const sparseInputsNote = (density: number): string =>
  `Ours on MNIST: the first layer skips zero pixel bytes (${(100 * (1 - density)).toFixed(1)}% of MNIST t10k's), summing x·w only over non-zero inputs in the forward and the weight gradient; the peers get dense float inputs and do every multiply-add.`

const OURS = 'ours-wasm-2'
const rate = (row: EngineRow | undefined): number | null =>
  row && typeof row.result !== 'string' ? row.result.samplesPerSecond : null
const number = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

/**
 * The Markdown report: machine, one table per case, the goals, the measured FMA peak, GEMM
 * GFLOP/s, the MNIST step's FLOP rate against that peak, and the step's profile.
 */
export function markdownReport(
  machine: Machine,
  header: string[],
  cases: BenchCase[],
  rows: Map<string, EngineRow[]>,
  goals: Goal[],
  figures: MachineFigures
): string {
  const lines = [
    '# Training benchmark (`npm run bench`)',
    '',
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${machine.model}, ${machine.cores} cores; Node ${machine.node}`,
    ...header.map((line) => `- ${line}`),
    '',
    'Samples per second of training (forward, loss, backward, update), wall clock;',
    '"ours ÷" is our default engine (WASM SIMD, two threads) over that row.',
    ''
  ]
  for (const benchCase of cases) {
    const caseRows = rows.get(benchCase.id) ?? []
    const ours = rate(caseRows.find((row) => row.engine === OURS))
    lines.push(
      `## ${benchCase.title}`,
      '',
      '| engine | samples/s | ours ÷ | note |',
      '| --- | ---: | ---: | --- |'
    )
    for (const row of caseRows) {
      const value = rate(row)
      const ratio = value && ours ? `${number(ours / value, 2)}×` : '—'
      const note = typeof row.result === 'string' ? row.result : (row.result.note ?? '')
      lines.push(`| ${row.label} | ${value ? number(value) : '—'} | ${ratio} | ${note} |`)
    }
    lines.push('')
  }
  lines.push('## Goals (issue 17)', '', '| goal | measured | met |', '| --- | ---: | :---: |')
  for (const goal of goals) {
    const caseRows = rows.get(goal.caseId) ?? []
    const ours = rate(caseRows.find((row) => row.engine === OURS))
    const peerRates = goal.peers.map((peer) => rate(caseRows.find((row) => row.engine === peer)))
    const best = Math.max(...peerRates.map((value) => value ?? 0))
    const ratio = ours && best > 0 ? ours / best : null
    const met = ratio === null ? 'not measured' : ratio >= goal.target ? 'yes' : 'no'
    lines.push(`| ${goal.text} | ${ratio === null ? '—' : `${number(ratio, 2)}×`} | ${met} |`)
  }
  const peakOf = (threads: number): number =>
    figures.peak.find((row) => row.threads === threads)?.gflops ?? NaN
  lines.push(
    '',
    '## The 128-bit FMA peak, measured',
    '',
    'Twelve independent f32x4 multiply-add chains per thread (the kernels module, relaxed build), all threads at once, each thread’s fastest quarter-millisecond call (best of three half-second rounds), added up: what the cores do undisturbed, whatever the load. The GEMM rates below are fastest calls too.',
    '',
    '| threads | GFLOP/s |',
    '| ---: | ---: |',
    ...figures.peak.map((row) => `| ${row.threads} | ${number(row.gflops, 1)} |`),
    '',
    '## GEMM (C ← A·Bᵀ, f32)',
    '',
    '| size | threads | GFLOP/s | % of the measured peak on as many threads | build |',
    '| ---: | ---: | ---: | ---: | --- |'
  )
  for (const row of figures.gemm) {
    const percent = (100 * row.gflops) / peakOf(row.threads)
    lines.push(
      `| ${row.size}³ | ${row.threads} | ${number(row.gflops, 1)} | ${number(percent, 0)}% | ${row.variant} |`
    )
  }
  const dense = mnistFlopsPerSample(1)
  const executed = mnistFlopsPerSample(figures.mnistDensity)
  lines.push(
    '',
    '## The whole MNIST step against the peak',
    '',
    `A 784-128-64-10 sample costs ${number(dense / 1000, 1)} kflop done densely (forward, weight gradients, δ below the output): the dense-equivalent rate, comparable with the peers. ${sparseInputsNote(figures.mnistDensity)} So our engine executes ${number(executed / 1000, 1)} kflop a sample: the executed rate. The rate is our default engine's samples/s above. Aim: ≥ 50% of the two-thread peak.`,
    '',
    '| batch | samples/s | dense-equivalent GFLOP/s | dense-equivalent % of the two-thread peak | executed GFLOP/s | executed % of the two-thread peak |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |'
  )
  for (const id of ['mnist-64', 'mnist-256']) {
    const value = rate(rows.get(id)?.find((row) => row.engine === OURS))
    if (!value) continue
    const [denseRate, executedRate] = [dense, executed].map((flops) => (value * flops) / 1e9)
    const percent = (gflops: number): string => `${number((100 * gflops) / peakOf(2), 0)}%`
    lines.push(
      `| ${id.slice(6)} | ${number(value)} | ${number(denseRate, 1)} | ${percent(denseRate)} | ${number(executedRate, 1)} | ${percent(executedRate)} |`
    )
  }
  for (const profile of figures.profiles) {
    lines.push(
      '',
      `## Where an MNIST step goes: batch ${profile.batchSize}, ${profile.threads} threads, ${number(profile.stepMicroseconds)} µs a step`,
      '',
      'Every kernel call timed (GEMM by shape: op(A) · op(B)); the rest is the engine’s JavaScript. Timing each call adds a little to each.',
      '',
      '| part | µs a step | share |',
      '| --- | ---: | ---: |',
      ...profile.parts
        .filter((part) => part.microseconds >= 0.005 * profile.stepMicroseconds)
        .map(
          (part) =>
            `| ${part.part} | ${number(part.microseconds, 1)} | ${number((100 * part.microseconds) / profile.stepMicroseconds, 1)}% |`
        )
    )
  }
  return `${lines.join('\n')}\n`
}
