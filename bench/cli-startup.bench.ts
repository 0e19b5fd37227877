/**
 * How fast the command line answers (issue 13): `backprop-lab --help`, median of 10 runs, goal
 * under 0.3 s. Measured as a user starts it, the launcher and the built CLI together:
 *   - with the project's Node 22 first on PATH (as under npm scripts): the CLI runs in the
 *     launcher's own process;
 *   - with another Node first on PATH (/usr/bin/node here, Node 20): the launcher starts the
 *     project's Node 22 for it.
 *   npm run bench   (or: node --import tsx bench/cli-startup.bench.ts [--quick])
 * Writes its section of bench/RESULTS.md (not with --quick).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { describeMachine } from './support/machine'
import { saveResultsSection } from './support/results-file'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const CLI = join(ROOT, 'bin', 'backprop-lab')
const PROJECT_NODE = join(ROOT, 'node_modules', 'node', 'bin', 'node')
const OTHER_NODE = '/usr/bin/node'
const RUNS = process.argv.includes('--quick') ? 3 : 10
const GOAL_SECONDS = 0.3

/** Seconds for one `backprop-lab ARGS` with `node` first on PATH. */
function timeOnce(node: string, args: string[]): number {
  const start = process.hrtime.bigint()
  const result = spawnSync(CLI, args, {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${dirname(node)}:${process.env.PATH}` }
  })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (result.status !== 0) throw new Error(`backprop-lab ${args.join(' ')}: ${result.stderr}`)
  return seconds
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const rows: string[] = []
const nodes = [
  ['project Node 22 on PATH (in process)', PROJECT_NODE],
  ['Node 20 on PATH (relaunched on Node 22)', OTHER_NODE]
] as const
timeOnce(PROJECT_NODE, ['--version']) // builds the CLI first if its sources changed
for (const [label, node] of nodes) {
  if (!existsSync(node)) continue
  for (const args of [['--help'], ['--version']]) {
    const times = Array.from({ length: RUNS }, () => timeOnce(node, args))
    const value = median(times)
    const verdict = args[0] === '--help' ? (value < GOAL_SECONDS ? 'met' : 'NOT met') : ''
    rows.push(
      `| \`backprop-lab ${args.join(' ')}\` | ${label} | ${value.toFixed(3)} s | ${Math.min(...times).toFixed(3)} s | ${verdict} |`
    )
  }
}

const machine = describeMachine()
const report = [
  '## Command-line start-up',
  '',
  `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${machine.model}, ${machine.cores} cores, load average ${loadavg()[0].toFixed(1)}. Median and fastest of ${RUNS} runs; goal for \`--help\`: under ${GOAL_SECONDS} s.`,
  '',
  '| command | Node | median | fastest | goal |',
  '| --- | --- | ---: | ---: | --- |',
  ...rows
].join('\n')
process.stdout.write(`${report}\n`)
if (!process.argv.includes('--quick')) await saveResultsSection('cli-startup', report)
