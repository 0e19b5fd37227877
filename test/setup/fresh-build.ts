import { join } from 'node:path'
import { ensureFreshBuild } from '../../scripts/lib/fresh-build.mjs'
import { ensureRendererBuilt } from '../../src/main/web/renderer-build'

const ROOT = join(import.meta.dirname, '..', '..')

/**
 * Builds the app once, before any test file runs, when `out/` is older than its sources (right
 * after an edit, or in a fresh checkout; `npm test` builds first anyway). Test files run two at a
 * time, and the end-to-end harness and the CLI's launcher each build a stale `out/` on their own:
 * two builds at once into the same folder empty it under each other.
 */
export default function setup(): void {
  const log = (line: string): void => void process.stderr.write(`${line}\n`)
  if (!ensureFreshBuild(ROOT, join(ROOT, 'out', 'main', 'cli.js'), log))
    throw new Error('building the app failed (see the messages above)')
  ensureRendererBuilt(ROOT, log)
}
