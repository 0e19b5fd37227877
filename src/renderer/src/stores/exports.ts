import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ExportFormat, ExportOutcome } from '@shared/model/exports'
import { lab } from '@renderer/api/lab'
import { downloadFrom, saveText } from '@renderer/lib/downloads'

/** One entry of the Export menu: a format (PyTorch also with its training data) or the lab report. */
export type ExportChoice = ExportFormat | 'pytorchData' | 'report'

/** The menu's entries in their order. */
export const EXPORT_CHOICES: readonly ExportChoice[] = [
  'onnx',
  'tfjs',
  'pytorch',
  'pytorchData',
  'numpy',
  'json',
  'report'
]

/** What the last export or report of a run gave. */
export type ExportDone =
  | { runId: string; kind: 'files'; choice: ExportChoice; outcome: ExportOutcome }
  | { runId: string; kind: 'report'; fileName: string }

/**
 * Exports and lab reports of runs. Main chooses where files go (the desktop app asks for a
 * folder; browser mode offers a zip, whose download starts here); a report is saved from the page.
 */
export const useExportsStore = defineStore('exports', () => {
  /** The run and entry being worked on, or null. */
  const busy = ref<{ runId: string; choice: ExportChoice } | null>(null)
  const last = ref<ExportDone | null>(null)

  /**
   * Runs one menu entry for a run. Resolves with what was done, or null when the user cancelled
   * the folder dialog; rejects with main's one-line message when it refuses.
   */
  async function run(runId: string, choice: ExportChoice): Promise<ExportDone | null> {
    busy.value = { runId, choice }
    try {
      const done = choice === 'report' ? await saveReport(runId) : await writeExport(runId, choice)
      if (done) last.value = done
      return done
    } finally {
      busy.value = null
    }
  }

  async function writeExport(
    runId: string,
    choice: Exclude<ExportChoice, 'report'>
  ): Promise<ExportDone | null> {
    const format: ExportFormat = choice === 'pytorchData' ? 'pytorch' : choice
    const outcome = await lab.invoke('runs:export', {
      runId,
      format,
      withData: choice === 'pytorchData'
    })
    if (!outcome) return null
    if (outcome.download) downloadFrom(outcome.download, zipName(outcome))
    return { runId, kind: 'files', choice, outcome }
  }

  async function saveReport(runId: string): Promise<ExportDone> {
    const report = await lab.invoke('runs:report', { runId })
    saveText(report.fileName, report.html)
    return { runId, kind: 'report', fileName: report.fileName }
  }

  function dismiss(): void {
    last.value = null
  }

  return { busy, last, run, dismiss }
})

/** The zip's name: the export folder's own name. */
export function zipName(outcome: ExportOutcome): string {
  return `${outcome.folder.split(/[/\\]/).pop()}.zip`
}
