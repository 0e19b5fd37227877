import { toRaw } from 'vue'
import { PACK_EXTENSION, type ExperimentOpened } from '@shared/model/experiment-file'
import { isDesktop, lab, pathForDrop } from '@renderer/api/lab'
import { i18n } from '@renderer/i18n'
import { downloadFrom } from '@renderer/lib/downloads'
import { taskPlan } from '@renderer/lib/experiments/task-plan'
import { useAppStore } from '@renderer/stores/app'
import { useDatasetsStore } from '@renderer/stores/datasets'
import { useNetworkStore } from '@renderer/stores/network'
import { useRunsStore } from '@renderer/stores/runs'
import { useTaskStore } from '@renderer/stores/task'
import { useTrainingStore } from '@renderer/stores/training'

/**
 * Save experiment as… and Open experiment… (issue 19), the same from the File menu, the
 * Experiments screen's buttons, a `.bplab` dropped on the window and one double-clicked in the
 * file manager. A refused file is said in one line in the user's language.
 */

const t = (key: string, values: Record<string, unknown> = {}) => i18n.global.t(key, values)
const count = (key: string, n: number) => i18n.global.t(key, { n }, n)

/** True for a file the lab opens as an experiment rather than importing it as data. */
export const isExperimentFile = (name: string) => name.toLowerCase().endsWith(PACK_EXTENSION)

/** Saves runs as one experiment file: where the save dialog says, or as a download. */
export async function saveExperiment(runIds: string[]): Promise<void> {
  const app = useAppStore()
  if (runIds.length === 0) {
    app.notify('info', t('experiments.file.nothingToSave'))
    return
  }
  try {
    const saved = await lab.invoke('experiments:save', { runIds })
    if (!saved) return
    if (saved.download) downloadFrom(saved.download, saved.fileName)
    app.notify(
      'info',
      t('experiments.file.saved', {
        file: saved.fileName,
        runs: count('experiments.file.runs', saved.runs),
        datasets: count('experiments.file.datasets', saved.datasets),
        size: `${(saved.bytes / 1e6).toFixed(1)} MB`
      })
    )
  } catch (error) {
    app.reportError(error)
  }
}

/** Opens an experiment file at a path main may read (chosen, dropped, uploaded or double-clicked). */
export async function openExperimentPath(path: string): Promise<ExperimentOpened | null> {
  const app = useAppStore()
  const file = path.split(/[\\/]/).at(-1) ?? path
  try {
    const opening = await lab.invoke('experiments:open', { path })
    if ('refused' in opening) {
      app.notify('error', t(`experiments.file.refused.${opening.refused.reason}`, { file }))
      return null
    }
    await arrive(opening.opened, file)
    return opening.opened
  } catch (error) {
    app.reportError(error)
    return null
  }
}

/** Opens a File the user picked or dropped (uploaded first in browser mode). */
export async function openExperimentFile(picked: File): Promise<ExperimentOpened | null> {
  try {
    return await openExperimentPath(
      await pathForDrop([{ file: picked, relativePath: picked.name }])
    )
  } catch (error) {
    useAppStore().reportError(error)
    return null
  }
}

/** Open experiment…: the native dialog in the desktop app, the browser's file picker otherwise. */
export async function pickExperiment(): Promise<void> {
  if (isDesktop) {
    const path = await lab.invoke('app:open-dialog', { kind: 'experiment' })
    if (path) await openExperimentPath(path)
    return
  }
  const input = document.createElement('input')
  input.type = 'file'
  input.accept = PACK_EXTENSION
  input.addEventListener('change', () => {
    const picked = input.files?.[0]
    if (picked) void openExperimentFile(picked)
  })
  input.click()
}

/**
 * What the window does with an opened file: the lists learn of its runs and datasets; a task
 * loads its data, network and settings on the Training screen; otherwise its first run opens.
 */
async function arrive(opened: ExperimentOpened, file: string): Promise<void> {
  const app = useAppStore()
  const runs = useRunsStore()
  const datasets = useDatasetsStore()
  await Promise.all([runs.refresh(), datasets.refresh()])
  const task = opened.task
  const plan = task ? taskPlan(task, toRaw(useTrainingStore().settings)) : null
  if (task && plan) {
    useTaskStore().adopt(task)
    datasets.select(plan.datasetId)
    useNetworkStore().load(plan.draft, null)
    useTrainingStore().settings = plan.settings
    app.view = 'training'
    app.notify('info', t('experiments.file.openedTask', { file }))
    return
  }
  app.notify(
    'info',
    t('experiments.file.opened', {
      file,
      runs: count('experiments.file.runs', opened.runs.length),
      datasets: count('experiments.file.datasets', opened.datasets.length)
    })
  )
  app.view = 'experiments'
  const first = opened.runs[0]
  if (first) await runs.open(first.runId)
}
