import { join } from 'node:path'
import { ensureFreshBuild } from '../../scripts/lib/fresh-build.mjs'

const ROOT = join(import.meta.dirname, '..', '..')

/**
 * Builds the app once, before any test file runs, when `out/` is older than its sources (right
 * after an edit, or in a fresh checkout; `npm test` builds first anyway), so that the files,
 * which run two at a time, find it built rather than each waiting on the build's lock.
 */
export default function setup(): void {
  const log = (line: string): void => void process.stderr.write(`${line}\n`)
  if (!ensureFreshBuild(ROOT, log))
    throw new Error('building the app failed (see the messages above)')
}
