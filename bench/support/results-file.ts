import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

/** bench/RESULTS.md, where each benchmark keeps its latest report in a section of its own. */
export const RESULTS_FILE = fileURLToPath(new URL('../RESULTS.md', import.meta.url))

/**
 * Writes a benchmark's report into bench/RESULTS.md between `<!-- begin NAME -->` and
 * `<!-- end NAME -->`: in place of its previous report, or appended when it has none, so the
 * benchmarks (run alone or by `npm run bench`) never wipe each other's results.
 */
export async function saveResultsSection(name: string, report: string): Promise<void> {
  const begin = `<!-- begin ${name} -->`
  const end = `<!-- end ${name} -->`
  const section = `${begin}\n${report.trimEnd()}\n${end}`
  const current = await readFile(RESULTS_FILE, 'utf8').catch(() => '')
  const from = current.indexOf(begin)
  const to = current.indexOf(end)
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${section}${current.slice(to + end.length)}`
      : `${current.trimEnd()}${current.trim() ? '\n\n' : ''}${section}\n`
  await writeFile(RESULTS_FILE, next)
}
