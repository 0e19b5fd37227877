/**
 * One training run's memory, in a process of its own (memory.bench.ts runs it): opens the lab in
 * HOME, notes this process's resident memory (the lab open, no worker yet), trains DATASET_ID
 * through the training service with the engine worker thread the CLI uses (784-128-64-10 ReLU,
 * batch 64, EPOCHS epochs; the input width is the dataset's), sampling the resident memory every
 * 20 ms and at every epoch's end. Prints one JSON line: { baseline, peak, afterEpoch, status }.
 *   node --import tsx bench/support/memory-run.ts HOME DATASET_ID EPOCHS
 */
import { openLab } from '../../src/main/lab'
import { completeRunConfig } from '../../src/shared/model/run-defaults'
import { trainRowsOf } from '../../src/shared/model/run-defaults'

const [home, datasetId, epochs] = process.argv.slice(2)
const resident = (): number => process.memoryUsage.rss()
const lab = openLab({ home })
try {
  const dataset = lab.datasets.summary(datasetId)
  const baseline = resident()
  let peak = baseline
  const sampler = setInterval(() => (peak = Math.max(peak, resident())), 20)
  const config = completeRunConfig(
    { hidden: [128, 64], epochs: Number(epochs), batchSize: 64, seed: 1 },
    trainRowsOf(dataset, [0.8, 0.2])
  )
  const afterEpoch: number[] = []
  const run = lab.training.start(
    { datasetId, config, initialModel: null },
    { epoch: () => afterEpoch.push(resident()) }
  )
  const outcome = await run.finished
  clearInterval(sampler)
  peak = Math.max(peak, resident())
  process.stdout.write(
    `${JSON.stringify({ baseline, peak, afterEpoch, status: outcome.status })}\n`
  )
} finally {
  lab.close()
}
