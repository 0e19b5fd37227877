import { resolve } from 'node:path'
import { userError } from '../../shared/errors'
import { csvColumns } from '../services/datasets/csv/csv-columns'
import { generateSample, importSample } from '../services/datasets/samples'
import { previewDataset } from '../services/datasets/dataset-preview'
import type { HandlerContext, InvokeHandlers } from './handler-types'

type DatasetChannels =
  | 'datasets:list'
  | 'datasets:get'
  | 'datasets:import'
  | 'datasets:cancel-import'
  | 'datasets:sample'
  | 'datasets:generate'
  | 'datasets:preview'
  | 'datasets:columns'
  | 'datasets:rename'
  | 'datasets:rename-classes'
  | 'datasets:delete'
  | 'datasets:unregistered'
  | 'datasets:restore'

/** The Data screen's calls: list, import (with progress and cancel), samples, preview. */
export function datasetHandlers({
  lab,
  emit,
  resourcesDir,
  uploads
}: HandlerContext): Pick<InvokeHandlers, DatasetChannels> {
  const imports = new Map<string, AbortController>()
  return {
    'datasets:list': () => lab.datasets.list(),
    'datasets:get': ({ datasetId }) => lab.datasets.summary(datasetId),
    'datasets:import': async ({ importId, path, ...options }) => {
      if (imports.has(importId)) throw userError('data.importRunning', { importId })
      const controller = new AbortController()
      imports.set(importId, controller)
      let lastProgress = 0
      let keepSource = false
      try {
        const outcome = await lab.imports.importPath(
          path,
          options,
          {
            signal: controller.signal,
            onProgress: (done, total) => {
              const now = Date.now()
              if (now - lastProgress < 100 && done !== total) return
              lastProgress = now
              emit('import:progress', { importId, done, total })
            }
          },
          uploads ? (text) => uploads.shown(text) : undefined
        )
        keepSource = outcome.dataset.kind === 'csv' && outcome.dataset.source === resolve(path)
        return outcome
      } finally {
        imports.delete(importId)
        uploads?.settle(path, keepSource)
      }
    },
    'datasets:cancel-import': ({ importId }) => {
      imports.get(importId)?.abort(userError('data.importCancelled', {}))
    },
    'datasets:sample': ({ name }) => importSample(lab.imports, resourcesDir, name),
    'datasets:generate': (request) => generateSample(lab.imports, request),
    'datasets:preview': ({ datasetId, offset, limit, classIndex }) =>
      previewDataset(lab.datasets, datasetId, offset, limit, classIndex),
    'datasets:columns': ({ datasetId }) =>
      csvColumns(lab.datasets.summary(datasetId), lab.datasets.importOptions(datasetId)),
    'datasets:rename': ({ datasetId, name }) => lab.datasets.rename(datasetId, name),
    'datasets:rename-classes': ({ datasetId, classes }) =>
      lab.datasets.renameClasses(datasetId, classes),
    'datasets:delete': ({ datasetId }) => {
      lab.datasets.summary(datasetId)
      lab.datasets.delete(datasetId)
    },
    'datasets:unregistered': () =>
      lab.datasets.unregistered().map(({ folderId, dataset, duplicateOf }) => ({
        folderId,
        name: dataset?.name ?? null,
        kind: dataset?.kind ?? null,
        rows: dataset?.rows ?? null,
        restorable: dataset !== null && duplicateOf === null,
        duplicateOf
      })),
    'datasets:restore': ({ folderIds }) => lab.datasets.restore(folderIds)
  }
}
