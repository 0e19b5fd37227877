import { SingleBar } from 'cli-progress'
import type { Lab } from '../lab'
import type { ImportOptions } from '../services/datasets/imported-dataset'
import type { ImportResult } from '../services/datasets/import-service'
import type { Output } from './output'

/**
 * Imports a path with a progress bar on stderr (and `progress` JSON lines with --json when
 * `streamJson`), cancelled cleanly by Ctrl-C.
 */
export async function importWithProgress(
  lab: Lab,
  out: Output,
  path: string,
  options: ImportOptions,
  streamJson = false
): Promise<ImportResult> {
  const controller = new AbortController()
  // The default reason is an AbortError, which the CLI says as a cancelled import (exit 130).
  const onInterrupt = () => controller.abort()
  // A Ctrl-C heard twice (interrupts.ts) aborts once.
  process.on('SIGINT', onInterrupt)
  const bar = process.stderr.isTTY
    ? new SingleBar({
        stream: process.stderr,
        format: 'importing {bar} {percentage}% | {value}/{total} | ETA {eta_formatted}',
        barsize: 24
      })
    : null
  let started = false
  let lastJson = 0
  try {
    return await lab.imports.importPath(path, options, {
      signal: controller.signal,
      onProgress: (done, total) => {
        if (streamJson && Date.now() - lastJson > 200) {
          lastJson = Date.now()
          out.event({ event: 'progress', done, total })
        }
        if (!bar || total === null) return
        if (!started) bar.start(total, done)
        started = true
        bar.update(done)
      }
    })
  } finally {
    bar?.stop()
    process.off('SIGINT', onInterrupt)
  }
}
