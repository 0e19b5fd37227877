import type { BenchCase, BenchResult } from './bench-case'
import type { Machine } from './machine'

/** An engine's row in a case's table. */
export interface EngineRow {
  engine: string
  label: string
  result: BenchResult | string
}

/** A goal from issue 7: our engine's rate over a peer's (or the best of several) at least `target`. */
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

const OURS = 'ours-wasm-2'
const rate = (row: EngineRow | undefined): number | null =>
  row && typeof row.result !== 'string' ? row.result.samplesPerSecond : null
const number = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

/** The Markdown report: machine, one table per case, the goals, and GEMM GFLOP/s. */
export function markdownReport(
  machine: Machine,
  header: string[],
  cases: BenchCase[],
  rows: Map<string, EngineRow[]>,
  goals: Goal[],
  gemm: GemmRow[]
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
  lines.push('## Goals (issue 7)', '', '| goal | measured | met |', '| --- | ---: | :---: |')
  for (const goal of goals) {
    const caseRows = rows.get(goal.caseId) ?? []
    const ours = rate(caseRows.find((row) => row.engine === OURS))
    const peerRates = goal.peers.map((peer) => rate(caseRows.find((row) => row.engine === peer)))
    const best = Math.max(...peerRates.map((value) => value ?? 0))
    const ratio = ours && best > 0 ? ours / best : null
    const met = ratio === null ? 'not measured' : ratio >= goal.target ? 'yes' : 'no'
    lines.push(`| ${goal.text} | ${ratio === null ? '—' : `${number(ratio, 2)}×`} | ${met} |`)
  }
  lines.push('', '## GEMM (C ← A·Bᵀ, f32)', '')
  lines.push(
    `128-bit FMA peak: ${number(machine.fmaPeakPerCore, 1)} GFLOP/s per core (${machine.peakSource}).`,
    ''
  )
  lines.push(
    '| size | threads | GFLOP/s | % of peak (threads × per-core peak) | build |',
    '| ---: | ---: | ---: | ---: | --- |'
  )
  for (const row of gemm) {
    const percent = (100 * row.gflops) / (row.threads * machine.fmaPeakPerCore)
    lines.push(
      `| ${row.size}³ | ${row.threads} | ${number(row.gflops, 1)} | ${number(percent, 0)}% | ${row.variant} |`
    )
  }
  return `${lines.join('\n')}\n`
}
