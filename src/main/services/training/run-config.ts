import type { RunConfig } from '../../../shared/model/run'
import type { DatasetSummary } from '../../../shared/model/dataset'
import type { ModelFile } from '../../../shared/model/model-file'
import {
  completeRunConfig,
  DEFAULT_RUN_CONFIG,
  trainRowsOf
} from '../../../shared/model/run-defaults'
import { readModelFile } from '../model-files'
import type { OptimizerConfig } from '../../../shared/model/training'

/**
 * A new run from what the user gave (CLI options or the Training screen's request): the config
 * completed for the dataset's training rows, and its `--init-model` file read and validated.
 */
export function plannedRun(
  dataset: DatasetSummary,
  given: Partial<RunConfig>
): { config: RunConfig; initialModel: ModelFile | null } {
  const split = given.split ?? DEFAULT_RUN_CONFIG.split
  const config = completeRunConfig(given, trainRowsOf(dataset, split))
  return { config, initialModel: config.initModel ? readModelFile(config.initModel) : null }
}

/** The optimizer and its hyperparameters (Adam: β₁ 0.9, β₂ 0.999, ε 1e-8 as in the paper). */
export function optimizerConfig(config: RunConfig): OptimizerConfig {
  switch (config.optimizer) {
    case 'sgd':
      return { kind: 'sgd', learningRate: config.learningRate }
    case 'momentum':
      return { kind: 'momentum', learningRate: config.learningRate, momentum: config.momentum }
    case 'adam':
      return {
        kind: 'adam',
        learningRate: config.learningRate,
        beta1: 0.9,
        beta2: 0.999,
        epsilon: 1e-8
      }
  }
}
