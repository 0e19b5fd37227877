import {
  RACE_SETTINGS,
  RACE_SIZE,
  type RaceRequest,
  type RaceVariant
} from '../../../shared/model/branch'
import type { RunConfig } from '../../../shared/model/run'
import { DEFAULT_LEARNING_RATES, trainRowsOf } from '../../../shared/model/run-defaults'
import { userError } from '../../../shared/errors'
import type { DatasetSummary } from '../../../shared/model/dataset'
import { completeRunConfig } from '../../../shared/model/run-defaults'

/**
 * The configs of a race's runs: the base config with each run's own settings. Only the settings
 * of RACE_SETTINGS may differ, so every run has the same network, seed (and so initial weights),
 * batch size and shuffling (and so batch order). A run that changes the optimizer without a rate
 * gets that optimizer's default rate.
 */
export function raceConfigs(request: RaceRequest, dataset: DatasetSummary): RunConfig[] {
  const { variants } = request
  if (variants.length < RACE_SIZE.min || variants.length > RACE_SIZE.max)
    throw userError('race.size', { ...RACE_SIZE, got: variants.length })
  const trainRows = trainRowsOf(dataset, request.config.split ?? [0.8, 0.2])
  const base = completeRunConfig(request.config, trainRows)
  return variants.map((variant, index) => {
    const foreign = Object.keys(variant).filter(
      (key) => !(RACE_SETTINGS as readonly string[]).includes(key)
    )
    if (foreign.length)
      throw userError('race.sharedSettings', {
        run: index + 1,
        allowed: RACE_SETTINGS.filter((key) => key !== 'name'),
        foreign
      })
    return { ...base, ...withRate(variant, base), name: variant.name ?? base.name }
  })
}

function withRate(variant: RaceVariant, base: RunConfig): RaceVariant {
  if (variant.learningRate !== undefined || !variant.optimizer) return variant
  if (variant.optimizer === base.optimizer) return variant
  return { ...variant, learningRate: DEFAULT_LEARNING_RATES[variant.optimizer] }
}

/** A short name for what sets a race's run apart, e.g. "adam η=0.005". */
export function raceRunLabel(config: RunConfig): string {
  const parts = [`${config.optimizer} η=${config.learningRate}`]
  if (config.optimizer === 'momentum') parts.push(`μ=${config.momentum}`)
  if (config.l2 > 0) parts.push(`λ=${config.l2}`)
  if (config.lrSchedule.kind !== 'constant') parts.push(config.lrSchedule.kind)
  return parts.join(' ')
}
