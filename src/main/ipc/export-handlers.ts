import { rmSync } from 'node:fs'
import { relative } from 'node:path'
import { UserError } from '../../shared/errors'
import { assertFiniteParameters } from '../services/export/guards'
import {
  downloadPath,
  exportFolderName,
  freshSubfolder,
  newDownloadFolder
} from '../services/export-folders'
import { runModel } from '../services/run-model'
import { exportSource } from '../services/run-export'
import { runReport } from '../services/run-report'
import type { Caller, HandlerContext, InvokeHandlers } from './handler-types'
import { UnsupportedError } from './unsupported-error'

type ExportChannels = 'runs:export' | 'runs:report'

/** The folder an export's own subfolder goes in, and (browser mode) the zip's address. */
interface ExportTarget {
  parent: string
  download: string | null
}

/**
 * The Export menu of an opened run. Main chooses where files go: in the desktop app a new
 * subfolder (named after the run and format) of a folder the user picks in the native dialog;
 * in browser mode a new folder under the home's `exports/`, offered by the host as a zip.
 */
export function exportHandlers(context: HandlerContext): Pick<InvokeHandlers, ExportChannels> {
  const { lab } = context
  /** Where to write: the parent folder, or null when the user cancelled the dialog. */
  const chooseParent = async (caller: Caller): Promise<ExportTarget | null> => {
    if (context.mode === 'browser') {
      const { exportId, folder } = newDownloadFolder(lab.home.root)
      return { parent: folder, download: downloadPath(exportId) }
    }
    if (!context.openDialog)
      throw new UnsupportedError('this host has no folder dialog to export with')
    const parent = await context.openDialog('folder', caller)
    return parent === null ? null : { parent, download: null }
  }
  return {
    'runs:export': async ({ runId, format, withData = false }, caller) => {
      const run = lab.db.runs.get(runId)
      if (!run) throw new UserError(`no run with id ${runId}`)
      const model = runModel(lab.db, runId)
      // Refused before the dialog, so the user does not pick a folder for nothing.
      assertFiniteParameters(model)
      const target = await chooseParent(caller)
      if (!target) return null
      const outDir = freshSubfolder(
        target.parent,
        exportFolderName(run.name || runId, format, withData)
      )
      try {
        const result = await exportSource(
          lab.db,
          lab.datasets,
          { model, runId },
          format,
          outDir,
          withData
        )
        return {
          format: result.format,
          folder: result.outDir,
          files: result.files.map((file) => relative(result.outDir, file)),
          download: target.download
        }
      } catch (error) {
        // A refused browser-mode export leaves no empty download folder behind.
        if (target.download) rmSync(target.parent, { recursive: true, force: true })
        throw error
      }
    },
    'runs:report': ({ runId }) => runReport(lab.db, runId)
  }
}
