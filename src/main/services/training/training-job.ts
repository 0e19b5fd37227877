import type { ModelFile } from '../../../shared/model/model-file'
import type { RunConfig } from '../../../shared/model/run'
import type { DatasetSummary } from '../../../shared/model/dataset'
import type { DatasetFiles } from '../datasets/dataset-files'
import type { ResumeState, TrainingJob } from '../../worker/protocol'
import { runInputFeatures } from './network-from-config'
import { optimizerConfig } from './run-config'

/** What the engine worker is handed for one run: where its data is, and every setting it trains with. */
export function trainingJob(
  datasets: DatasetFiles,
  runId: string,
  dataset: DatasetSummary,
  config: RunConfig,
  network: TrainingJob['network'],
  initialModel: ModelFile | null,
  resume: ResumeState | null,
  startPaused: boolean
): TrainingJob {
  return {
    runId,
    dataset: {
      files: datasets.files(dataset.datasetId),
      rows: dataset.rows,
      features: dataset.features,
      inputShape: dataset.inputShape,
      classes: dataset.classes,
      targetNames: dataset.targets,
      featureNames: dataset.featureNames
    },
    network,
    init: config.init,
    initialModel,
    optimizer: optimizerConfig(config),
    lrSchedule: config.lrSchedule,
    regularization: { l1: config.l1, l2: config.l2 },
    batchSize: config.batchSize,
    epochs: config.epochs,
    earlyStopping: config.earlyStopping,
    watch: null,
    seed: config.seed,
    shuffle: config.shuffle,
    precision: config.precision,
    split: config.split,
    normalization:
      config.normalize === 'auto'
        ? dataset.kind === 'images' || dataset.kind === 'idx'
          ? 'none'
          : 'standardize'
        : config.normalize,
    inputFeatures: runInputFeatures(config, initialModel),
    resume,
    startPaused
  }
}
