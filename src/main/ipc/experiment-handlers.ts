import { rmSync } from 'node:fs'
import { basename, join } from 'node:path'
import { PACK_EXTENSION } from '../../shared/model/experiment-file'
import { safeFileName } from '../../shared/model/exports'
import { readPack } from '../services/experiment-files/pack-reader'
import { PackRefusal } from '../services/experiment-files/pack-refusal'
import { writePack, type PackSummary } from '../services/experiment-files/pack-writer'
import { newDownloadFolder } from '../services/export-folders'
import { experimentDownloadPath } from '../web/export-download'
import type { HandlerContext, InvokeHandlers } from './handler-types'
import { UnsupportedError } from './unsupported-error'

type ExperimentChannels = 'experiments:save' | 'experiments:open'

/**
 * Save experiment as… and Open experiment… (issue 19): thin over the pack writer and reader. The
 * desktop app writes where the save dialog says; browser mode writes a new download folder the
 * host offers. A refused file is an answer, not an error, so the window can say why in its
 * language; messages name the file by its name only (never an upload folder's path).
 */
export function experimentHandlers(
  context: HandlerContext
): Pick<InvokeHandlers, ExperimentChannels> {
  const { lab } = context
  return {
    'experiments:save': async ({ runIds }, caller) => {
      const first = lab.runs.get(runIds[0])
      const fileName = `${safeFileName(first.name || runIds[0], 'experiment')}${PACK_EXTENSION}`
      const request = { runIds, appVersion: context.version }
      if (context.mode === 'browser') {
        const { exportId, folder } = newDownloadFolder(lab.home.root)
        try {
          const summary = await writePack(lab, join(folder, fileName), request)
          return { ...counts(summary), fileName, download: experimentDownloadPath(exportId) }
        } catch (error) {
          rmSync(folder, { recursive: true, force: true })
          throw error
        }
      }
      if (!context.saveDialog) throw new UnsupportedError('this host has no save dialog')
      const chosen = await context.saveDialog(fileName, caller)
      if (chosen === null) return null
      const file = chosen.toLowerCase().endsWith(PACK_EXTENSION) ? chosen : chosen + PACK_EXTENSION
      // The save dialog has asked before replacing a file of that name.
      const summary = await writePack(lab, file, { ...request, overwrite: true })
      return { ...counts(summary), fileName: basename(file), download: null }
    },
    'experiments:open': async ({ path }) => {
      const fileName = basename(path)
      try {
        return { opened: await readPack(lab, path) }
      } catch (error) {
        if (error instanceof PackRefusal)
          return {
            refused: { reason: error.reason, fileName, message: named(error.message, path) }
          }
        if (error instanceof Error) error.message = named(error.message, path)
        throw error
      }
    }
  }
}

const counts = ({ runs, experiments, datasets, bytes }: PackSummary) => ({
  runs,
  experiments,
  datasets,
  bytes
})

/** A message with the file's path replaced by its name. */
const named = (message: string, path: string) => message.split(path).join(basename(path))
