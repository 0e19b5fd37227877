/**
 * Training memory (issues 4 and 17): the engine worker training full Fashion-MNIST from the store
 * (70,000 images of 784 pixels, kept as bytes) stays within the empty worker's footprint plus
 * 1.5× the dataset's byte size, and the data is never copied per epoch.
 *   npm run bench   (or: node --import tsx bench/memory.bench.ts)
 * The datasets are imported by `backprop-lab import`; each run is measured in a fresh process
 * (bench/support/memory-run.ts): its resident memory above its own baseline (the lab open, no
 * worker yet), the worker thread included. The empty worker's footprint is that of the same run
 * on the first 200 Fashion-MNIST test images (the same network, its kernels and threads, next to
 * no data).
 * Writes its section of bench/RESULTS.md.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { describeMachine } from './support/machine'
import { saveResultsSection } from './support/results-file'

const DATASETS = '/work/shared/datasets'
const CLI = fileURLToPath(new URL('../bin/backprop-lab', import.meta.url))
const RUN = fileURLToPath(new URL('./support/memory-run.ts', import.meta.url))
const EPOCHS = 3
const MB = 1024 * 1024
const FEW_IMAGES = 200

interface Measured {
  baseline: number
  peak: number
  afterEpoch: number[]
  status: string
}

function importDataset(
  home: string,
  path: string
): { datasetId: string; rows: number; features: number } {
  const lines = execFileSync(CLI, ['import', path, '--home', home, '--json'], { encoding: 'utf8' })
  const done = JSON.parse(lines.trim().split('\n').pop()!) as {
    datasetId: string
    rows: number
    features: number
  }
  return done
}

/** The first FEW_IMAGES Fashion-MNIST test images and labels as an IDX pair in `folder`. */
async function writeFewImages(folder: string): Promise<string> {
  await mkdir(folder, { recursive: true })
  const read = async (name: string) =>
    gunzipSync(await readFile(`${DATASETS}/fashion-mnist/${name}`))
  const images = await read('t10k-images-idx3-ubyte.gz')
  const labels = await read('t10k-labels-idx1-ubyte.gz')
  const imageHeader = Buffer.from(images.subarray(0, 16))
  imageHeader.writeUInt32BE(FEW_IMAGES, 4)
  const labelHeader = Buffer.from(labels.subarray(0, 8))
  labelHeader.writeUInt32BE(FEW_IMAGES, 4)
  const imagesFile = join(folder, 'few-images-idx3-ubyte')
  await writeFile(
    imagesFile,
    Buffer.concat([imageHeader, images.subarray(16, 16 + 784 * FEW_IMAGES)])
  )
  await writeFile(
    join(folder, 'few-labels-idx1-ubyte'),
    Buffer.concat([labelHeader, labels.subarray(8, 8 + FEW_IMAGES)])
  )
  return imagesFile
}

function measure(home: string, datasetId: string, epochs: number): Measured {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', RUN, home, datasetId, String(epochs)],
    {
      encoding: 'utf8'
    }
  )
  const measured = JSON.parse(output.trim().split('\n').pop()!) as Measured
  if (measured.status !== 'completed') throw new Error(`the run ended ${measured.status}`)
  return measured
}

async function main(): Promise<void> {
  const home = await mkdtemp(join(tmpdir(), 'backprop-memory-'))
  try {
    process.stderr.write(`importing ${FEW_IMAGES} and 70,000 Fashion-MNIST images…\n`)
    const few = importDataset(home, await writeFewImages(join(home, 'few')))
    const fashion = importDataset(home, `${DATASETS}/fashion-mnist`)
    process.stderr.write(`training on ${FEW_IMAGES} images (the empty worker), then on 70,000…\n`)
    const empty = measure(home, few.datasetId, EPOCHS)
    const full = measure(home, fashion.datasetId, EPOCHS)
    const datasetBytes = fashion.rows * fashion.features
    const emptyFootprint = empty.peak - empty.baseline
    const workerPeak = full.peak - full.baseline
    const allowed = emptyFootprint + 1.5 * datasetBytes
    const afterEpoch = full.afterEpoch.map((bytes) => bytes - full.baseline)
    const growth = afterEpoch.at(-1)! - afterEpoch[0]
    const load = (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')
    const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`
    const machine = describeMachine()
    const report = [
      '# Training memory benchmark (issues 4 and 17)\n',
      `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      `- Machine: ${machine.model}, ${machine.cores} cores; Node ${machine.node}; load average at the end: ${load}`,
      `- Fashion-MNIST from the store: ${fashion.rows.toLocaleString('en')} images × ${fashion.features} pixels = ${mb(datasetBytes)} as bytes (${mb(4 * datasetBytes)} as Float32); 784-128-64-10 ReLU, batch 64, ${EPOCHS} epochs`,
      `- Each run in a fresh process: its resident memory above its baseline (the lab open, no worker yet), sampled every 20 ms; the empty worker: the same run on the first ${few.rows} test images\n`,
      '| measure | measured | goal | result |',
      '| --- | --- | --- | --- |',
      `| the empty worker's footprint (${few.rows} images) | ${mb(emptyFootprint)} | | |`,
      `| worker's peak training Fashion-MNIST | ${mb(workerPeak)} = footprint + ${((workerPeak - emptyFootprint) / datasetBytes).toFixed(2)}× the dataset's bytes (${(workerPeak / (4 * datasetBytes)).toFixed(2)}× its Float32 size) | ≤ footprint + 1.5× the bytes = ${mb(allowed)} | ${workerPeak <= allowed ? 'pass' : 'FAIL'} |`,
      `| memory after each epoch (above baseline) | ${afterEpoch.map(mb).join(', ')} | no growth per epoch (under a tenth of the Float32 size) | ${growth < (4 * datasetBytes) / 10 ? 'pass' : 'FAIL'} (${growth >= 0 ? '+' : ''}${mb(growth)}) |`
    ].join('\n')
    await saveResultsSection('memory.bench.ts', report)
    process.stdout.write(`${report}\n`)
  } finally {
    await rm(home, { recursive: true, force: true })
  }
}

await main()
