import type { OptimizerConfig } from '../../../shared/model/training'
import { createAdam } from './adam'
import { createMomentum } from './momentum'
import type { Optimizer } from './optimizer'
import { createSgd } from './sgd'

export type { Optimizer, OptimizerState, Parameter, UpdateRule } from './optimizer'

/** The optimizer a config names, after checking its hyperparameters. */
export function createOptimizer(config: OptimizerConfig): Optimizer {
  if (!(config.learningRate > 0) || !Number.isFinite(config.learningRate)) {
    throw new RangeError(`learning rate must be a positive number, got ${config.learningRate}`)
  }
  switch (config.kind) {
    case 'sgd':
      return createSgd(config.learningRate)
    case 'momentum':
      if (!(config.momentum >= 0 && config.momentum < 1)) {
        throw new RangeError(`momentum must be in [0, 1), got ${config.momentum}`)
      }
      return createMomentum(config.learningRate, config.momentum)
    case 'adam':
      return createAdam(config.learningRate, config.beta1, config.beta2, config.epsilon)
    default: {
      const unknown: never = config
      throw new Error(`unknown optimizer ${JSON.stringify(unknown)}`)
    }
  }
}
