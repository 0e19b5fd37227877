import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { ImportRequest, SampleName } from '@shared/ipc/contract'
import type { DatasetSummary } from '@shared/model/dataset'
import type { DatasetPreview, ImportOutcome } from '@shared/model/views'
import { lab, pathForDrop, type DroppedFile } from '@renderer/api/lab'

/** An import under way: what, how far, and since when (for the rate). */
export interface ImportState {
  importId: string
  label: string
  phase: 'uploading' | 'importing'
  done: number
  total: number | null
  startedAt: number
}

/** Import options the Data screen can set (column roles, image size). */
export type ImportChoices = Omit<ImportRequest, 'importId' | 'path'>

/** Datasets: the list, the one in use, and imports with progress and cancel. */
export const useDatasetsStore = defineStore('datasets', () => {
  const datasets = ref<DatasetSummary[]>([])
  const currentId = ref<string | null>(null)
  const importing = ref<ImportState | null>(null)
  /** The last import's source path and options, so column roles can be changed and re-imported. */
  const lastImport = ref<{ path: string; choices: ImportChoices } | null>(null)
  const current = computed(() => datasets.value.find((dataset) => dataset.datasetId === currentId.value) ?? null)

  lab.on('import:progress', (progress) => {
    if (importing.value?.importId === progress.importId) {
      importing.value = { ...importing.value, phase: 'importing', done: progress.done, total: progress.total }
    }
  })

  async function refresh(): Promise<void> {
    datasets.value = await lab.invoke('datasets:list')
    if (currentId.value && !datasets.value.some((dataset) => dataset.datasetId === currentId.value)) currentId.value = null
  }

  function select(datasetId: string | null): void {
    currentId.value = datasetId
  }

  /** Makes an imported dataset current (adding it to the list). */
  async function adopt(outcome: ImportOutcome): Promise<ImportOutcome> {
    await refresh()
    currentId.value = outcome.dataset.datasetId
    return outcome
  }

  /** Imports a path on the machine running main, with progress; the dataset becomes current. */
  async function importPath(path: string, choices: ImportChoices = {}, label = path): Promise<ImportOutcome> {
    const importId = crypto.randomUUID()
    importing.value = { importId, label, phase: 'importing', done: 0, total: null, startedAt: Date.now() }
    try {
      const outcome = await lab.invoke('datasets:import', { importId, path, ...choices })
      lastImport.value = { path, choices }
      return await adopt(outcome)
    } finally {
      if (importing.value?.importId === importId) importing.value = null
    }
  }

  /** Imports dropped or picked files (uploaded first in browser mode). */
  async function importFiles(files: DroppedFile[], choices: ImportChoices = {}): Promise<ImportOutcome> {
    const label = files.length === 1 ? files[0].relativePath : `${files[0].relativePath.split('/')[0]} (${files.length} files)`
    const uploadId = crypto.randomUUID()
    importing.value = { importId: uploadId, label, phase: 'uploading', done: 0, total: files.length, startedAt: Date.now() }
    let path: string
    try {
      path = await pathForDrop(files, (done, total) => {
        if (importing.value?.importId === uploadId) importing.value = { ...importing.value, done, total }
      })
    } finally {
      importing.value = null
    }
    return importPath(path, choices, label)
  }

  async function cancelImport(): Promise<void> {
    if (importing.value) await lab.invoke('datasets:cancel-import', { importId: importing.value.importId })
  }

  /** Imports a bundled sample; the dataset becomes current. */
  async function loadSample(name: SampleName): Promise<ImportOutcome> {
    return adopt(await lab.invoke('datasets:sample', { name }))
  }

  async function preview(offset: number, limit: number, classIndex?: number): Promise<DatasetPreview | null> {
    if (!currentId.value) return null
    return lab.invoke('datasets:preview', { datasetId: currentId.value, offset, limit, classIndex })
  }

  async function rename(datasetId: string, name: string): Promise<void> {
    await lab.invoke('datasets:rename', { datasetId, name })
    await refresh()
  }

  async function remove(datasetId: string): Promise<void> {
    await lab.invoke('datasets:delete', { datasetId })
    await refresh()
  }

  return { datasets, currentId, current, importing, lastImport, refresh, select, importPath, importFiles, cancelImport, loadSample, preview, rename, remove }
})
