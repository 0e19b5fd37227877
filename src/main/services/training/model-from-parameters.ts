import type { DatasetSummary } from '../../../shared/model/dataset'
import { inputNamesField, type ModelFile } from '../../../shared/model/model-file'
import type { NetworkSpec, Precision } from '../../../shared/model/network'
import type { Preprocessing } from '../../../shared/model/preprocessing'
import {
  createJsKernels,
  modelFileFromNetwork,
  networkFromModelFile,
  restoreParameters
} from '../../engine'

/**
 * The model file of a run's network with the given parameters (W(1), b(1), W(2), …): used for a
 * run still training (its latest checkpoint) or one that never finished.
 */
export function modelFromParameters(
  network: NetworkSpec,
  preprocessing: Preprocessing | null,
  dataset: DatasetSummary | undefined,
  parameters: readonly ArrayLike<number>[],
  precision: Precision
): ModelFile {
  const base: ModelFile = {
    format: 'backprop-lab/model',
    formatVersion: 1,
    inputSize: network.inputSize,
    layers: network.layers.map((layer) => ({ ...layer })),
    loss: network.loss,
    ...(dataset ? { inputShape: dataset.inputShape } : {}),
    ...(dataset?.classes ? { classes: dataset.classes } : {}),
    ...(dataset?.targets ? { targets: dataset.targets } : {}),
    ...inputNamesField(dataset?.featureNames, network.inputSize),
    ...(preprocessing ? { preprocessing } : {})
  }
  const built = networkFromModelFile(base, createJsKernels(precision))
  restoreParameters(built, parameters)
  return modelFileFromNetwork(built, base)
}
