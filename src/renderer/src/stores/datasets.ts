import type { GenerateRequest } from '@shared/model/generators'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { SampleName } from '@shared/ipc/contract'
import type { ImportRequest } from '@shared/ipc/requests'
import type { DatasetSummary, UnregisteredDataset } from '@shared/model/dataset'
import type { CsvColumn, DatasetPreview } from '@shared/model/dataset-preview'
import type { ImportOutcome } from '@shared/model/import'
import { isDesktop, lab, pathForDrop, type DroppedFile } from '@renderer/api/lab'
import { LabError } from '@renderer/api/lab-error'
import type { LabMessage } from '@shared/messages'
import { withoutFolder } from '@renderer/composables/main-messages'
import { choiceOfRefusal } from '@renderer/lib/data/source-choices'

/** What an import's progress counts: uploaded files, imported images, or bytes of a text file. */
export type ImportUnit = 'files' | 'images' | 'bytes'

/** An import under way: what, how far, and since when (for the rate). */
export interface ImportState {
  importId: string
  label: string
  phase: 'uploading' | 'importing'
  unit: ImportUnit
  done: number
  total: number | null
  startedAt: number
}

/** Thrown by an import the user cancelled (nothing was imported). */
export class ImportCancelled extends Error {
  constructor() {
    super('the import was cancelled; nothing was imported')
    this.name = 'ImportCancelled'
  }
}

/** What an import of `path` counts: bytes of a CSV/TSV file, else images (folders, IDX files). */
export function importUnitOf(path: string, isFolder: boolean): ImportUnit {
  return isFolder || /idx\d-ubyte(\.gz)?$/i.test(path) ? 'images' : 'bytes'
}

/** Import options the Data screen can set (column roles, image size). */
export type ImportChoices = Omit<ImportRequest, 'importId' | 'path'>

/** An import refused for want of a choice (sheet, arrays, labels file), and how to try again. */
export interface RefusedImport {
  problem: LabMessage
  retry: (choices: ImportChoices) => Promise<ImportOutcome>
}

/** Datasets: the list, the one in use, and imports with progress and cancel. */
export const useDatasetsStore = defineStore('datasets', () => {
  const datasets = ref<DatasetSummary[]>([])
  const currentId = ref<string | null>(null)
  const importing = ref<ImportState | null>(null)
  /** Ids of imports the user cancelled (their failure is a cancellation, not an error). */
  const cancelled = new Set<string>()
  let uploadAbort: AbortController | null = null
  /** The last import's source path and options, so column roles can be changed and re-imported. */
  const lastImport = ref<{ path: string; choices: ImportChoices } | null>(null)
  /** Dataset folders the lab's database does not list (it was emptied or replaced). */
  const unregistered = ref<UnregisteredDataset[]>([])
  const refused = shallowRef<RefusedImport | null>(null)
  const current = computed(
    () => datasets.value.find((dataset) => dataset.datasetId === currentId.value) ?? null
  )

  lab.on('import:progress', (progress) => {
    if (importing.value?.importId === progress.importId) {
      importing.value = {
        ...importing.value,
        phase: 'importing',
        done: progress.done,
        total: progress.total
      }
    }
  })

  async function refresh(): Promise<void> {
    datasets.value = await lab.invoke('datasets:list')
    if (currentId.value && !datasets.value.some((dataset) => dataset.datasetId === currentId.value))
      currentId.value = null
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

  /**
   * Imports a path on the machine running main, with progress; the dataset becomes current.
   * Rejects with ImportCancelled when the user cancelled it.
   */
  async function importPath(
    path: string,
    choices: ImportChoices = {},
    label = path,
    unit = importUnitOf(path, false)
  ): Promise<ImportOutcome> {
    const importId = crypto.randomUUID()
    importing.value = {
      importId,
      label,
      phase: 'importing',
      unit,
      done: 0,
      total: null,
      startedAt: Date.now()
    }
    try {
      const outcome = await lab.invoke('datasets:import', { importId, path, ...choices })
      lastImport.value = { path, choices }
      refused.value = null
      return await adopt(outcome)
    } catch (error) {
      noteRefusal(error, (more) => importPath(path, { ...choices, ...more }, label, unit))
      throw cancelled.has(importId) ? new ImportCancelled() : error
    } finally {
      cancelled.delete(importId)
      if (importing.value?.importId === importId) importing.value = null
    }
  }

  /** Imports dropped or picked files (uploaded first in browser mode; cancel stops the upload). */
  async function importFiles(
    files: DroppedFile[],
    choices: ImportChoices = {}
  ): Promise<ImportOutcome> {
    const isFolder = files.length > 1 || files[0].relativePath.includes('/')
    const label = isFolder ? files[0].relativePath.split('/')[0] : files[0].relativePath
    const uploadId = crypto.randomUUID()
    const abort = new AbortController()
    uploadAbort = abort
    importing.value = {
      importId: uploadId,
      label,
      phase: 'uploading',
      unit: 'files',
      done: 0,
      total: files.length,
      startedAt: Date.now()
    }
    let path: string
    try {
      path = await pathForDrop(
        files,
        (done, total) => {
          if (importing.value?.importId === uploadId)
            importing.value = { ...importing.value, done, total }
        },
        abort.signal
      )
    } catch (error) {
      throw abort.signal.aborted ? new ImportCancelled() : error
    } finally {
      uploadAbort = null
      importing.value = null
    }
    // Messages about uploaded files name them as the user dropped them, not by the server-side
    // upload folder they were copied into (browser mode).
    const uploadFolder = path.endsWith(label) ? path.slice(0, path.length - label.length) : ''
    try {
      return await importPath(path, choices, label, importUnitOf(path, isFolder))
    } catch (error) {
      const shown =
        error instanceof LabError && uploadFolder && !isDesktop
          ? withoutFolder(error, uploadFolder)
          : error
      // Browser mode removes a refused upload: trying again uploads the files again.
      noteRefusal(shown, (more) => importFiles(files, { ...choices, ...more }))
      throw shown
    }
  }

  /** Keeps a refused import that a choice could let through (or forgets the last one). */
  function noteRefusal(error: unknown, retry: RefusedImport['retry']): void {
    const problem = error instanceof LabError ? error.detail : undefined
    refused.value = problem && choiceOfRefusal(problem) ? { problem, retry } : null
  }

  /** Asks main for a file or folder (desktop app) and imports it; null when the dialog was closed. */
  async function openAndImport(kind: 'file' | 'folder'): Promise<ImportOutcome | null> {
    const path = await lab.invoke('app:open-dialog', { kind })
    if (!path) return null
    return importPath(
      path,
      {},
      path.split(/[\\/]/).filter(Boolean).at(-1) ?? path,
      importUnitOf(path, kind === 'folder')
    )
  }

  /** Re-imports a dataset's source with other column roles (the dataset keeps its name). */
  async function reimport(dataset: DatasetSummary, choices: ImportChoices): Promise<ImportOutcome> {
    return importPath(dataset.source, { ...choices, name: dataset.name }, dataset.name)
  }

  /** Stops the import under way: the upload, or main's import (which then leaves nothing behind). */
  async function cancelImport(): Promise<void> {
    const state = importing.value
    if (!state) return
    if (state.phase === 'uploading') {
      uploadAbort?.abort()
      return
    }
    cancelled.add(state.importId)
    await lab.invoke('datasets:cancel-import', { importId: state.importId })
  }

  /** A CSV dataset's columns and their roles (for the role editor). */
  async function columns(datasetId: string): Promise<CsvColumn[]> {
    return lab.invoke('datasets:columns', { datasetId })
  }

  /** Imports a bundled sample; the dataset becomes current. */
  async function loadSample(name: SampleName): Promise<ImportOutcome> {
    return adopt(await lab.invoke('datasets:sample', { name }))
  }

  /** Makes a 2-D set with the given noise, size and seed; it becomes current. */
  async function generate(request: GenerateRequest): Promise<ImportOutcome> {
    return adopt(await lab.invoke('datasets:generate', request))
  }

  async function preview(
    offset: number,
    limit: number,
    classIndex?: number
  ): Promise<DatasetPreview | null> {
    if (!currentId.value) return null
    return lab.invoke('datasets:preview', { datasetId: currentId.value, offset, limit, classIndex })
  }

  async function rename(datasetId: string, name: string): Promise<void> {
    await lab.invoke('datasets:rename', { datasetId, name })
    await refresh()
  }

  /** Renames one class of a dataset (the others keep their names). */
  async function renameClass(datasetId: string, classIndex: number, name: string): Promise<void> {
    const dataset = await lab.invoke('datasets:get', { datasetId })
    const classes = [...(dataset.classes ?? [])]
    classes[classIndex] = name
    await lab.invoke('datasets:rename-classes', { datasetId, classes })
    await refresh()
  }

  async function remove(datasetId: string): Promise<void> {
    await lab.invoke('datasets:delete', { datasetId })
    await refresh()
  }

  /** Looks for dataset folders the database does not list. */
  async function findUnregistered(): Promise<void> {
    unregistered.value = await lab.invoke('datasets:unregistered')
  }

  /** Registers the restorable ones again; returns how many came back. */
  async function restoreUnregistered(): Promise<number> {
    const folderIds = unregistered.value
      .filter((folder) => folder.restorable)
      .map((folder) => folder.folderId)
    const restored = folderIds.length ? await lab.invoke('datasets:restore', { folderIds }) : []
    await Promise.all([refresh(), findUnregistered()])
    return restored.length
  }

  return {
    datasets,
    currentId,
    current,
    importing,
    lastImport,
    refused,
    refresh,
    select,
    importPath,
    importFiles,
    openAndImport,
    reimport,
    cancelImport,
    columns,
    loadSample,
    generate,
    preview,
    rename,
    renameClass,
    remove,
    unregistered,
    findUnregistered,
    restoreUnregistered
  }
})
