import { useI18n } from 'vue-i18n'
import type { SampleName } from '@shared/ipc/contract'
import type { ImportOutcome } from '@shared/model/import'
import type { DroppedFile } from '@renderer/api/lab'
import { useAppStore } from '@renderer/stores/app'
import { ImportCancelled, useDatasetsStore } from '@renderer/stores/datasets'
import { applySuggestion, leavePreset } from './apply-sample'

/**
 * The Data screen's actions with their messages: imports (dropped, picked, re-imported), samples
 * and switching datasets. Each says how it went in a notice; a cancelled import says that
 * nothing was imported; a failure shows main's message.
 */
export function useDataActions() {
  const app = useAppStore()
  const datasets = useDatasetsStore()
  const { t, locale } = useI18n()

  /** Notes that the textbook preset was left, when it was. */
  function leavePresetWithNotice(): void {
    if (leavePreset()) app.notify('info', t('data.samples.presetLeft'))
  }

  /** The usual notice of a finished import: its name and rows, or that it was imported before. */
  function importedMessage(outcome: ImportOutcome): string {
    const { name, rows } = outcome.dataset
    const key = outcome.reused ? 'data.import.reused' : 'data.import.done'
    return t(key, { name, rows: rows.toLocaleString(locale.value) }, rows)
  }

  /** Runs one import at a time and reports its outcome (with `message`, or the usual notice). */
  async function runImport(
    start: () => Promise<ImportOutcome | null>,
    message: (outcome: ImportOutcome) => string = importedMessage
  ): Promise<ImportOutcome | null> {
    if (datasets.importing) {
      app.notify('info', t('data.import.busy'))
      return null
    }
    try {
      const outcome = await start()
      if (!outcome) return null
      leavePresetWithNotice()
      app.notify('info', message(outcome))
      return outcome
    } catch (error) {
      if (error instanceof ImportCancelled) app.notify('info', t('data.import.cancelled'))
      else app.reportError(error)
      return null
    }
  }

  /** Imports dropped or picked files and shows the Data screen. */
  function importFiles(files: DroppedFile[]): Promise<ImportOutcome | null> {
    if (files.length === 0) {
      app.notify('info', t('data.import.nothingDropped'))
      return Promise.resolve(null)
    }
    app.view = 'data'
    return runImport(() => datasets.importFiles(files))
  }

  /** Desktop app: picks a file or folder with the native dialog and imports it. */
  function openWithDialog(kind: 'file' | 'folder'): Promise<ImportOutcome | null> {
    return runImport(() => datasets.openAndImport(kind))
  }

  /** Loads a bundled sample, with its own network and settings when it has them. */
  async function loadSample(name: SampleName): Promise<ImportOutcome | null> {
    try {
      const outcome = await datasets.loadSample(name)
      if (applySuggestion(outcome))
        app.notify('info', t('data.samples.suggestionApplied', { name: outcome.dataset.name }))
      else leavePresetWithNotice()
      return outcome
    } catch (error) {
      app.reportError(error)
      return null
    }
  }

  /** Makes another dataset current. */
  function selectDataset(datasetId: string): void {
    if (datasetId === datasets.currentId) return
    datasets.select(datasetId)
    leavePresetWithNotice()
  }

  return { runImport, importFiles, openWithDialog, loadSample, selectDataset }
}
