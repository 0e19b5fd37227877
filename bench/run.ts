/**
 * `npm run bench`: runs every bench/*.bench.ts in turn, each in its own process, passing its
 * output through. Exits non-zero when one of them failed. Arguments are passed on (e.g. --quick).
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const directory = fileURLToPath(new URL('.', import.meta.url))
const benches = readdirSync(directory)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort()
const failed: string[] = []
for (const bench of benches) {
  process.stderr.write(`\n== ${bench} ==\n`)
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', `${directory}${bench}`, ...process.argv.slice(2)],
    {
      stdio: 'inherit'
    }
  )
  if (run.status !== 0) failed.push(bench)
}
if (failed.length > 0) {
  process.stderr.write(`failed: ${failed.join(', ')}\n`)
  process.exitCode = 1
}
