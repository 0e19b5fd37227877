/**
 * One import of an image folder, or sharp decoding its files alone, in a process of its own
 * (import.bench.ts runs it), with this process's resident memory sampled every 20 ms. Prints one
 * JSON line: { seconds, files, rows, baseline, peak }.
 *   node --import tsx bench/support/import-run.ts import|sharp FOLDER
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import sharp from 'sharp'
import { runPool } from '../../src/main/services/datasets/import-progress'
import { importImageFolder } from '../../src/main/services/datasets/images/image-folder-importer'
import { FILE_CONCURRENCY } from '../../src/main/services/datasets/images/image-scan'

const [what, folder] = process.argv.slice(2)
const resident = (): number => process.memoryUsage.rss()

/** Every file under `folder`. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

const baseline = resident()
let peak = baseline
const sampler = setInterval(() => (peak = Math.max(peak, resident())), 20)
const start = performance.now()
let rows: number
let files: number
if (what === 'sharp') {
  // Decoding the same files with sharp and nothing else: no hashing, checks or copying.
  const paths = await filesUnder(folder)
  files = paths.length
  await runPool(paths.length, FILE_CONCURRENCY, async (index) => {
    await sharp(paths[index]).raw().toBuffer()
  })
  rows = files
} else {
  const dataset = await importImageFolder(folder)
  rows = dataset.rows
  files = dataset.rows + dataset.skipped.length
}
const seconds = (performance.now() - start) / 1000
clearInterval(sampler)
peak = Math.max(peak, resident())
process.stdout.write(`${JSON.stringify({ seconds, files, rows, baseline, peak })}\n`)
