import { watch } from 'vue'
import type { UiState } from '@shared/model/app-state'
import { lab } from '@renderer/api/lab'
import { currentLocale, setLocale } from '@renderer/i18n'
import { isLocale } from '@renderer/i18n/locale'
import { splitView } from '@renderer/composables/split-view'
import { useAppStore, VIEW_NAMES, type ViewName } from '@renderer/stores/app'
import { useDatasetsStore } from '@renderer/stores/datasets'
import { useLearnStore } from '@renderer/stores/learn'
import { useNetworkStore } from '@renderer/stores/network'
import { DEFAULT_SETTINGS, useTrainingStore } from '@renderer/stores/training'

/** How long the UI must be still before its state is saved (ms). */
const SAVE_DELAY_MS = 500

/**
 * Restores the last session (screen, dataset, network, training settings, run, language, progress
 * through the lessons, the Training screen's split view) when the lab opens, and saves it as it changes. A first start with no
 * state loads the iris sample, so there is something to train right away.
 */
export async function usePersistedState(): Promise<void> {
  const app = useAppStore()
  const datasets = useDatasetsStore()
  const network = useNetworkStore()
  const training = useTrainingStore()
  const learn = useLearnStore()
  await datasets.refresh()
  const state = await lab.invoke('app:state-get')
  if (state) {
    if (isLocale(state.locale)) setLocale(state.locale)
    learn.restore(state.learn)
    splitView.value = state.splitView === true
    if ((VIEW_NAMES as readonly string[]).includes(state.view)) app.view = state.view as ViewName
    if (
      state.datasetId &&
      datasets.datasets.some((dataset) => dataset.datasetId === state.datasetId)
    )
      datasets.select(state.datasetId)
    if (state.network) network.load(state.network, state.presetModel ?? null)
    if (state.training)
      training.settings = {
        ...DEFAULT_SETTINGS,
        ...state.training,
        epochs: state.training.epochs ?? null
      }
    if (state.runId) void training.show(state.runId)
  } else if (datasets.datasets.length === 0) {
    await datasets.loadSample('iris')
  } else {
    datasets.select(datasets.datasets[0].datasetId)
  }

  let timer: ReturnType<typeof setTimeout> | null = null
  const save = () => {
    const snapshot: UiState = {
      view: app.view,
      datasetId: datasets.currentId,
      network: network.draft,
      presetModel: network.presetModel,
      training: { ...training.settings, epochs: training.settings.epochs ?? undefined },
      runId: training.runId,
      locale: currentLocale(),
      learn: learn.progress,
      splitView: splitView.value
    }
    void lab.invoke('app:state-set', JSON.parse(JSON.stringify(snapshot)) as UiState)
  }
  watch(
    () => [
      app.view,
      datasets.currentId,
      network.draft,
      network.presetModel,
      training.settings,
      training.runId,
      currentLocale(),
      learn.progress,
      splitView.value
    ],
    () => {
      if (timer) clearTimeout(timer)
      timer = setTimeout(save, SAVE_DELAY_MS)
    },
    { deep: true }
  )
}
