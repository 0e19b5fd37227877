import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { ModelPrediction, OpenedModel } from '@shared/model/exports'
import type { PreviewRow } from '@shared/model/dataset-preview'
import { isDesktop, lab } from '@renderer/api/lab'

/** A prediction and the rows it was made for. */
export interface PredictionResult {
  rows: number[][]
  prediction: ModelPrediction
}

/**
 * The opened model (Open model…): a `*.model.json` validated by main, and its predictions. In
 * the desktop app main shows the file dialog; in browser mode the page reads the chosen file and
 * sends its text.
 */
export const useModelsStore = defineStore('models', () => {
  const opened = shallowRef<OpenedModel | null>(null)
  const result = shallowRef<PredictionResult | null>(null)
  const busy = ref<'opening' | 'predicting' | null>(null)

  /** Desktop: asks main to show the file dialog; resolves false when the user cancelled. */
  async function openWithDialog(): Promise<boolean> {
    return adopt(() => lab.invoke('models:open'))
  }

  /** Browser mode (and drops): a file's name and text, validated by main. */
  async function openText(name: string, text: string): Promise<boolean> {
    return adopt(() => lab.invoke('models:read', { name, text }))
  }

  async function adopt(load: () => Promise<OpenedModel | null>): Promise<boolean> {
    busy.value = 'opening'
    try {
      const model = await load()
      if (!model) return false
      opened.value = model
      result.value = null
      return true
    } finally {
      busy.value = null
    }
  }

  /** The opened model's outputs for raw input rows (the CLI's `predict`). */
  async function predict(rows: number[][]): Promise<PredictionResult> {
    if (!opened.value) throw new Error('no model is open')
    busy.value = 'predicting'
    try {
      const prediction = await lab.invoke('models:predict', { model: opened.value.model, rows })
      result.value = { rows, prediction }
      return result.value
    } finally {
      busy.value = null
    }
  }

  /** Rows of a dataset (raw values and labels), to predict on. */
  async function datasetRows(
    datasetId: string,
    offset: number,
    limit: number
  ): Promise<PreviewRow[]> {
    return (await lab.invoke('datasets:preview', { datasetId, offset, limit })).rows
  }

  /** Forgets the last prediction (its rows are no longer what the panel shows). */
  function clearResult(): void {
    result.value = null
  }

  function close(): void {
    opened.value = null
    result.value = null
  }

  return {
    opened,
    result,
    busy,
    isDesktop,
    openWithDialog,
    openText,
    predict,
    datasetRows,
    clearResult,
    close
  }
})
