import { modelFileFromNetwork, type Network } from '../engine'
import { inputFields, regularizationFields, type ModelFile } from '../../shared/model/model-file'
import type { Preprocessing } from '../../shared/model/preprocessing'
import type { TrainingJob } from './protocol'

/**
 * The model file a run hands back when it ends: its network's weights with what a reader needs
 * beside them (class or target names, the inputs and input features, the preprocessing computed
 * from the training rows, the regularization), over the model it started from, if any.
 */
export function finishedModel(
  job: TrainingJob,
  network: Network,
  preprocessing: Preprocessing | null
): ModelFile {
  const { dataset, initialModel, regularization } = job
  const base = {
    ...(initialModel ?? {}),
    ...(dataset.classes ? { classes: dataset.classes } : {}),
    ...(dataset.targetNames ? { targets: dataset.targetNames } : {}),
    ...inputFields(dataset, job.inputFeatures, network.inputSize),
    ...(preprocessing ? { preprocessing } : {}),
    ...regularizationFields(regularization)
  }
  return modelFileFromNetwork(network, base, initialModel?.layers)
}
