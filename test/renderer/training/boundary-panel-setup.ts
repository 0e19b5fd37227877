import type { DecisionBoundary as Boundary } from '@shared/model/live-run'
import type { FakeHandlers } from '../support/fake-lab'
import { STARTED, storedRun } from './fixtures'

/** What the decision boundary panel's tests answer with: a 2 × 2 boundary at epoch 1. */
export const BOUNDARY: Boundary = {
  xMin: -1.4,
  xMax: 3.4,
  yMin: -1,
  yMax: 11,
  resolution: 2,
  values: [0.1, 0.9, 0.2, 0.8],
  kind: 'probability',
  epoch: 1,
  neurons: []
}

/** The lab's answers the panel asks for: its data's points, the run, its boundary. */
export const HANDLERS = (): FakeHandlers => ({
  'datasets:preview': ({ limit }) => ({
    datasetId: 'd1',
    total: 500,
    offset: 0,
    rows: [
      { row: 0, values: [0.5, 2], label: 0, targets: null, origin: 'line 2' },
      { row: 1, values: [2.5, 9], label: 1, targets: null, origin: 'line 3' }
    ].slice(0, limit)
  }),
  'training:start': () => STARTED,
  'training:boundary': () => BOUNDARY,
  'inspect:held-out': () => ({ validation: [1], test: [] }),
  'runs:get': ({ runId }) => ({
    ...storedRun(3, 'completed'),
    detail: { ...storedRun(3, 'completed').detail, runId, datasetId: 'd1' }
  })
})
