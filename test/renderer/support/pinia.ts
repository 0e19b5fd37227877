import { createPinia, setActivePinia, type Pinia } from 'pinia'
import type { DatasetSummary } from '@shared/model/dataset'
import { useDatasetsStore } from '@renderer/stores/datasets'

/** A fresh active Pinia whose datasets store holds and has selected `current` (or none). */
export function piniaWith(current: DatasetSummary | null): Pinia {
  const pinia = createPinia()
  setActivePinia(pinia)
  const datasets = useDatasetsStore()
  datasets.datasets = current ? [current] : []
  datasets.select(current?.datasetId ?? null)
  return pinia
}
