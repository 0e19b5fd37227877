/**
 * Training memory (issue 4): training from the store on the full Fashion-MNIST (70,000 images of
 * 784 pixels, 219.5 MB as Float32) keeps the engine worker's memory under 3× the dataset's size,
 * and the data is never copied per epoch (memory does not grow from one epoch to the next).
 *   npm run bench   (or: node --import tsx bench/memory.bench.ts)
 * The dataset is imported by `backprop-lab import` in its own process; this process then opens
 * the lab, notes its resident memory, and trains through the training service with the engine
 * worker thread the CLI uses. The worker's memory is the process's resident memory above that
 * baseline (a worker thread shares the process): sampled every 20 ms and at every epoch's end.
 * Writes its section of bench/RESULTS.md.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { availableParallelism, cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { openLab } from '../src/main/lab'
import { completeRunConfig, trainRowsOf } from '../src/shared/model/run-defaults'
import { saveResultsSection } from './support/results-file'

const FASHION_MNIST = '/work/shared/datasets/fashion-mnist'
const CLI = new URL('../bin/backprop-lab', import.meta.url).pathname
const EPOCHS = 3
const MB = 1024 * 1024

/** Resident memory of this process, in bytes (the engine worker thread included). */
function residentBytes(): number {
  return process.memoryUsage.rss()
}

async function main(): Promise<void> {
  const home = await mkdtemp(join(tmpdir(), 'backprop-memory-'))
  try {
    process.stderr.write('importing Fashion-MNIST (70,000 images) in its own process…\n')
    execFileSync(CLI, ['import', FASHION_MNIST, '--home', home, '--json'], { stdio: 'ignore' })
    const lab = openLab({ home })
    try {
      const [dataset] = lab.db.datasets.list()
      const datasetBytes = dataset.rows * dataset.features * 4
      const baseline = residentBytes()
      let peak = baseline
      const sampler = setInterval(() => (peak = Math.max(peak, residentBytes())), 20)
      const config = completeRunConfig(
        { hidden: [128, 64], epochs: EPOCHS, batchSize: 64, seed: 1 },
        trainRowsOf(dataset.rows, [0.8, 0.2])
      )
      const afterEpoch: number[] = []
      process.stderr.write(`training 784-128-64-10 for ${EPOCHS} epochs from the db…\n`)
      const run = lab.training.start(
        { datasetId: dataset.datasetId, config, initialModel: null },
        { epoch: () => afterEpoch.push(residentBytes() - baseline) }
      )
      const outcome = await run.finished
      clearInterval(sampler)
      if (outcome.status !== 'completed') throw new Error(`the run ended ${outcome.status}`)
      const workerPeak = peak - baseline
      const ratio = workerPeak / datasetBytes
      const growth = afterEpoch.at(-1)! - afterEpoch[0]
      const load = (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')
      const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`
      const report = [
        '# Training memory benchmark (issue 4)\n',
        `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        `- Machine: ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${availableParallelism()} cores; Node ${process.version}; load average at the end: ${load}`,
        `- Fashion-MNIST from the database: ${dataset.rows.toLocaleString('en')} images × ${dataset.features} features = ${mb(datasetBytes)} as Float32; 784-128-64-10 ReLU, batch 64, ${EPOCHS} epochs, the run ${outcome.status}`,
        `- Worker memory: this process's resident memory above its baseline (${mb(baseline)}, the lab open, no worker yet), sampled every 20 ms\n`,
        '| measure | measured | goal | result |',
        '| --- | --- | --- | --- |',
        `| worker's peak memory ÷ dataset size | ${mb(workerPeak)} = ${ratio.toFixed(2)}× | < 3× | ${ratio < 3 ? 'pass' : 'FAIL'} |`,
        `| memory after each epoch (above baseline) | ${afterEpoch.map(mb).join(', ')} | no growth per epoch | ${growth < datasetBytes / 10 ? 'pass' : 'FAIL'} (${growth >= 0 ? '+' : ''}${mb(growth)}) |`
      ].join('\n')
      await saveResultsSection('memory.bench.ts', report)
      process.stdout.write(`${report}\n`)
    } finally {
      lab.close()
    }
  } finally {
    await rm(home, { recursive: true, force: true })
  }
}

await main()
