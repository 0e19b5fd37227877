import type { RunConfig } from '../../../shared/model/run'
import {
  DEFAULT_LEARNING_RATES,
  defaultEpochs,
  defaultInit
} from '../../../shared/model/run-defaults'
import type { OptimizerConfig } from '../../../shared/model/training'

/** The run config with every option the user left out filled in (`trainRows` sets the epochs). */
export function completeRunConfig(given: Partial<RunConfig>, trainRows: number): RunConfig {
  const optimizer = given.optimizer ?? 'adam'
  const activation = given.activation ?? 'relu'
  return {
    hidden: given.hidden ?? [32],
    activation,
    ...(given.hiddenActivations ? { hiddenActivations: given.hiddenActivations } : {}),
    output: given.output ?? 'auto',
    loss: given.loss ?? 'auto',
    optimizer,
    learningRate: given.learningRate ?? DEFAULT_LEARNING_RATES[optimizer],
    momentum: given.momentum ?? 0.9,
    l1: given.l1 ?? 0,
    l2: given.l2 ?? 0,
    batchSize: given.batchSize ?? 32,
    epochs: given.epochs ?? defaultEpochs(trainRows),
    seed: given.seed ?? 42,
    init: given.init ?? defaultInit(activation),
    initModel: given.initModel ?? null,
    precision: given.precision ?? 'f32',
    split: given.split ?? [0.8, 0.2],
    normalize: given.normalize ?? 'auto',
    shuffle: given.shuffle ?? true,
    name: given.name ?? null
  }
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
