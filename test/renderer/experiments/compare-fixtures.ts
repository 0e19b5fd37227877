import type { ActivationName, LossName } from '@shared/model/network'
import type { RunConfig } from '@shared/model/run'
import type { EpochMetrics } from '@shared/model/training'
import type { RunListItem, RunPage } from '@shared/model/run-page'
import { runConfig } from '../support/runs'
import { listItem, runPage } from './fixtures'

/** A layer of a fixture network: its width and activation. */
type Layer = [units: number, activation: ActivationName]

/** What a fixture run differs in from the completed iris run of `fixtures.ts`. */
export interface RunChanges {
  item?: Partial<RunListItem>
  config?: Partial<RunConfig>
  /** Hidden and output layers (inputs stay 4). */
  layers?: Layer[]
  loss?: LossName
  metrics?: EpochMetrics[]
  view?: Partial<RunPage>
}

/** One epoch's numbers, written out in full. */
export function epoch(
  n: number,
  trainLoss: number,
  trainAccuracy: number | null,
  valLoss: number | null,
  valAccuracy: number | null,
  samplesPerSecond = 1000
): EpochMetrics {
  return { epoch: n, trainLoss, trainAccuracy, valLoss, valAccuracy, samplesPerSecond }
}

/** A run's list row and view with the given changes. */
export function comparedRun(
  runId: string,
  changes: RunChanges = {}
): { item: RunListItem; view: RunPage } {
  const item = listItem({ runId, name: `run ${runId}`, ...changes.item })
  const base = runPage(item)
  const layers = changes.layers ?? [
    [32, 'relu'],
    [3, 'softmax']
  ]
  const view: RunPage = {
    ...base,
    detail: {
      ...base.detail,
      config: runConfig(changes.config),
      metrics: changes.metrics ?? base.detail.metrics
    },
    network: {
      inputSize: 4,
      layers: layers.map(([units, activation]) => ({
        units,
        activation,
        trainable: { weights: true, biases: true }
      })),
      loss: changes.loss ?? 'cross-entropy'
    },
    ...changes.view
  }
  return { item, view }
}
