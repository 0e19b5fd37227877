import type { HiddenActivationName } from '@shared/model/network'
import type { OutputChoice } from '@shared/model/run'
import { defaultInit } from '@shared/model/run-defaults'
import type { NetworkDraft } from '@shared/model/app-state'
import type { RunPage } from '@shared/model/run-page'
import type { TrainingSettings } from '@renderer/lib/training/run-controls'

/** What "Train again with this config" loads: the dataset, the network design and the settings. */
export interface TrainAgainPlan {
  datasetId: string
  draft: NetworkDraft
  /** The model file the old run started from (its preset weights), if any. */
  presetModel: string | null
  settings: TrainingSettings
}

const OUTPUT_CHOICES: readonly string[] = ['sigmoid', 'softmax', 'linear']

/**
 * The plan to train a run again, or null when its dataset was deleted. The hidden layers are the
 * ones the run built; output and loss are the run's choices (`auto` stays `auto`, so the new run's
 * config reads the same), except for a run started from a model file, whose layers and loss come
 * from that model. The settings are the run's, with its planned epochs made explicit; its
 * initializer is named only when it is not the one the design gets by default, so a default one
 * keeps following the activation if the design is changed.
 */
export function trainAgainPlan(view: RunPage): TrainAgainPlan | null {
  const { config, datasetId } = view.detail
  if (!datasetId) return null
  const layers = view.network.layers
  const hidden = layers.slice(0, -1).map((layer) => ({
    units: layer.units,
    activation: layer.activation as HiddenActivationName
  }))
  const builtOutput = layers.at(-1)!.activation
  const fromModel = config.initModel !== null
  const draft: NetworkDraft = {
    hidden,
    output:
      fromModel && OUTPUT_CHOICES.includes(builtOutput)
        ? (builtOutput as OutputChoice)
        : config.output,
    loss: fromModel ? view.network.loss : config.loss
  }
  const usualInit = defaultInit(hidden[0]?.activation ?? 'relu')
  return {
    datasetId,
    draft,
    presetModel: config.initModel,
    settings: {
      optimizer: config.optimizer,
      learningRate: config.learningRate,
      lrSchedule: config.lrSchedule,
      earlyStopping: config.earlyStopping,
      momentum: config.momentum,
      l1: config.l1,
      l2: config.l2,
      batchSize: config.batchSize,
      epochs: config.epochs,
      seed: config.seed,
      precision: config.precision,
      split: [...config.split],
      normalize: config.normalize,
      shuffle: config.shuffle,
      ...(config.init === usualInit ? {} : { init: config.init })
    }
  }
}
