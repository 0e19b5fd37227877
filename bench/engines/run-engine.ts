/**
 * Runs one engine on one case in this process and prints one JSON line (BenchResult), so every
 * measurement starts from a fresh process:  node --import tsx bench/engines/run-engine.ts ENGINE CASE_JSON
 */
import type { BenchCase, BenchResult } from '../support/bench-case'
import { samplesPerSecond } from '../support/measure'
import { prepareBrain } from '../peers/brain'
import { preparePlainJs } from '../peers/plain-js-mlp'
import { prepareTfjs } from '../peers/tfjs'
import type { EnginePreparer } from './engine'
import { prepareOurs } from './ours'

/** Every engine the bench can run, by name (training.bench.ts names them). */
const ENGINES: Record<string, EnginePreparer> = {
  'ours-wasm-2': (benchCase) => prepareOurs(benchCase, 2),
  'ours-wasm-1': (benchCase) => prepareOurs(benchCase, 1),
  'ours-wasm-2-dense': (benchCase) => prepareOurs(benchCase, 2, 0),
  'ours-js': (benchCase) => prepareOurs(benchCase, 0),
  'plain-js': preparePlainJs,
  'tfjs-cpu': (benchCase) => prepareTfjs(benchCase, 'cpu'),
  'tfjs-wasm': (benchCase) => prepareTfjs(benchCase, 'wasm'),
  brain: prepareBrain
}

async function main(): Promise<void> {
  const [engineName, caseJson] = process.argv.slice(2)
  const prepare = ENGINES[engineName]
  if (!prepare) throw new Error(`unknown engine ${engineName}`)
  const benchCase = JSON.parse(caseJson) as BenchCase
  const engine = await prepare(benchCase)
  const rate = samplesPerSecond(engine.step, benchCase)
  engine.dispose?.()
  const result: BenchResult = {
    samplesPerSecond: rate,
    ...(engine.note ? { note: engine.note } : {})
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

await main()
