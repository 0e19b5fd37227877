import type { DatasetSummary } from '../../../shared/model/dataset'
import { inputFields, regularizationFields, type ModelFile } from '../../../shared/model/model-file'
import type { Precision } from '../../../shared/model/network'
import {
  createJsKernels,
  modelFileFromNetwork,
  networkFromModelFile,
  restoreParameters
} from '../../engine'
import type { RunRecord } from '../../db/run-repo'

/**
 * The model file of a run's network with the given parameters (W(1), b(1), W(2), …): used for a
 * run still training (its latest checkpoint) or one that never finished.
 */
export function modelFromParameters(
  run: Pick<RunRecord, 'network' | 'preprocessing' | 'config'>,
  dataset: DatasetSummary | undefined,
  parameters: readonly ArrayLike<number>[],
  precision: Precision
): ModelFile {
  const { network, preprocessing, config } = run
  const base: ModelFile = {
    format: 'backprop-lab/model',
    formatVersion: 1,
    inputSize: network.inputSize,
    layers: network.layers.map((layer) => ({ ...layer })),
    loss: network.loss,
    ...(dataset?.classes ? { classes: dataset.classes } : {}),
    ...(dataset?.targets ? { targets: dataset.targets } : {}),
    ...inputFields(dataset ?? {}, config.inputFeatures, network.inputSize),
    ...(preprocessing ? { preprocessing } : {}),
    ...regularizationFields(config)
  }
  const built = networkFromModelFile(base, createJsKernels(precision))
  restoreParameters(built, parameters)
  return modelFileFromNetwork(built, base)
}
