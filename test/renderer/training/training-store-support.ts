import { createPinia, setActivePinia } from 'pinia'
import { LabError } from '@renderer/api/lab-error'
import { useDatasetsStore } from '@renderer/stores/datasets'
import { useNetworkStore } from '@renderer/stores/network'
import { useTrainingStore } from '@renderer/stores/training'
import { fakeLab, type FakeHandlers, type FakeLab } from '../support/fake-lab'
import { liveState, pointsDataset, STARTED } from './fixtures'

/**
 * Points the mocked lab at `handlers` and makes a fresh Pinia, so the stores made next listen to
 * it (the test file mocks '@renderer/api/lab').
 */
export function labWith(handlers: FakeHandlers): FakeLab {
  const api = fakeLab(handlers)
  setActivePinia(createPinia())
  return api
}

/**
 * The lab most training-store tests run against: a run starts as r1, its controls succeed (and
 * answer with the state they leave it in), r1's boundary is drawn at epoch 2, and no stored run
 * is asked for.
 */
export function trainingLab(): FakeLab {
  let paused = false
  const state = () => liveState({ status: paused ? 'paused' : 'running' })
  return labWith({
    'training:start': ({ startPaused }) => {
      paused = startPaused ?? false
      return { ...STARTED, status: paused ? 'paused' : 'starting' }
    },
    'training:pause': () => {
      paused = true
      return state()
    },
    'training:resume': () => {
      paused = false
      return state()
    },
    'training:step': () => state(),
    'training:pace': () => state(),
    'training:stop': () => state(),
    'training:boundary': ({ runId }) => ({
      xMin: 0,
      xMax: 1,
      yMin: 0,
      yMax: 1,
      resolution: 1,
      values: [0.5],
      kind: 'probability',
      epoch: runId === 'r1' ? 2 : 0,
      neurons: []
    }),
    'runs:get': () => {
      throw new LabError('user', 'not needed here')
    }
  })
}

/** The stores with the 500-row dataset current and a 16-unit tanh layer designed. */
export function designedStores() {
  const datasets = useDatasetsStore()
  datasets.datasets = [pointsDataset()]
  datasets.select('d1')
  const network = useNetworkStore()
  network.load({ hidden: [{ units: 16, activation: 'tanh' }], output: 'auto', loss: 'auto' })
  return { datasets, network, training: useTrainingStore() }
}
