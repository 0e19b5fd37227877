import { readdir, readFile } from 'node:fs/promises'
import { availableParallelism, cpus } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { importIdxFolder } from '../src/main/services/datasets/idx/idx-importer'
import { runPool } from '../src/main/services/datasets/import-progress'
import { importImageFolder } from '../src/main/services/datasets/images/image-folder-importer'
import { FILE_CONCURRENCY } from '../src/main/services/datasets/images/image-scan'
import { saveResultsSection } from './support/results-file'

/**
 * Import speed (issue 4), printed as a Markdown table and written to its section of
 * bench/RESULTS.md. Run alone with
 * `npx tsx bench/import.bench.ts`, or with every benchmark through `npm run bench`.
 * - Fashion-MNIST IDX, train + t10k (70,000 images): goal under 3 s.
 * - Image folders: the importer's rate against sharp decoding the same files alone (same number
 *   of files at once, no copying, hashing or checks), measured in the same run; goal ≥ 0.8×.
 * Each figure is a median of several runs after one warm-up run.
 */

const DATASETS = '/work/shared/datasets'
const IDX_RUNS = 3
const FOLDER_RUNS = 5

/** Seconds `work` takes: the first call, and the median of `runs` calls after it. */
async function timeRuns(
  runs: number,
  work: () => Promise<unknown>
): Promise<{ first: number; median: number }> {
  const firstStart = performance.now()
  await work()
  const first = (performance.now() - firstStart) / 1000
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    await work()
    times.push((performance.now() - start) / 1000)
  }
  return { first, median: times.sort((a, b) => a - b)[Math.floor(runs / 2)] }
}

/** Every file under `folder`, for the sharp-alone baseline. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

/** Decodes every file to raw pixels with sharp and nothing else. */
async function decodeWithSharpAlone(files: readonly string[]): Promise<void> {
  await runPool(files.length, FILE_CONCURRENCY, async (index) => {
    await sharp(files[index]).raw().toBuffer()
  })
}

/** One table row comparing the importer with sharp alone on one folder. */
async function folderRow(label: string, folder: string): Promise<string> {
  const files = await filesUnder(folder)
  // Alternate the two so that both see the same machine state.
  const sharpAlone: number[] = []
  const importer: number[] = []
  for (let round = 0; round < 3; round++) {
    sharpAlone.push((await timeRuns(FOLDER_RUNS, () => decodeWithSharpAlone(files))).median)
    importer.push((await timeRuns(FOLDER_RUNS, () => importImageFolder(folder))).median)
  }
  const sharpRate = files.length / Math.min(...sharpAlone)
  const importRate = files.length / Math.min(...importer)
  const ratio = importRate / sharpRate
  const measured = `${Math.round(importRate)} vs ${Math.round(sharpRate)} images/s = ${ratio.toFixed(2)}×`
  return `| ${label} (${files.length} files): import rate vs sharp decoding alone | ${measured} | ≥ 0.8× | ${ratio >= 0.8 ? 'pass' : 'FAIL'} |`
}

async function main(): Promise<void> {
  const idx = await timeRuns(IDX_RUNS, () => importIdxFolder(`${DATASETS}/fashion-mnist`))
  const idxPass = Math.max(idx.first, idx.median) < 3
  const idxMeasured = `${idx.median.toFixed(2)} s (first run in the process: ${idx.first.toFixed(2)} s)`
  const rows = [
    `| Fashion-MNIST IDX import, train + t10k (70,000 images) | ${idxMeasured} | < 3 s | ${idxPass ? 'pass' : 'FAIL'} |`,
    await folderRow(
      'fruits360 photos, 100×100 JPEG',
      `${DATASETS}/fruits360-apple-vs-other/photos`
    ),
    await folderRow(
      'fashion-mnist-folders/small, 28×28 PNG',
      `${DATASETS}/fashion-mnist-folders/small`
    )
  ]
  const load = (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')
  const report = [
    `# Import benchmark (issue 4)\n`,
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${availableParallelism()} cores; Node ${process.version}; sharp ${sharp.versions.sharp}`,
    `- Load average at the end (other processes share this machine): ${load}\n`,
    'Medians of several runs after a warm-up run; folder rates: the best median of 3 alternating rounds.\n',
    '| benchmark | measured | goal | result |',
    '| --- | --- | --- | --- |',
    ...rows
  ].join('\n')
  await saveResultsSection('import.bench.ts', report)
  process.stdout.write(`${report}\n`)
}

await main()
