import type { ImportOutcome } from '@shared/model/import'
import { DEFAULT_DRAFT, useNetworkStore } from '@renderer/stores/network'
import {
  DEFAULT_SETTINGS,
  useTrainingStore,
  type TrainingSettings
} from '@renderer/stores/training'

/**
 * Applies what a sample suggests: its network (with its preset weights as the starting model)
 * and its training settings, merged into the current ones. Returns true when there was something
 * to apply.
 */
export function applySuggestion(outcome: ImportOutcome): boolean {
  if (!outcome.suggested) return false
  const { network: draft, config } = outcome.suggested
  const { initModel, ...rest } = config
  // A suggestion without preset weights starts from the defaults, not from a preset's settings.
  if (!initModel) leavePreset()
  useNetworkStore().load(draft, initModel ?? null)
  const training = useTrainingStore()
  const settings: Record<string, unknown> = { ...training.settings }
  for (const [key, value] of Object.entries(rest)) {
    if (Object.hasOwn(DEFAULT_SETTINGS, key) && value !== undefined) settings[key] = value
  }
  training.settings = settings as TrainingSettings
  return true
}

/**
 * Leaves a sample's preset (the textbook example's fixed weights and settings) when other data
 * becomes current: its weights fit only its own inputs, so the default network and settings
 * come back. Returns true when a preset was left.
 */
export function leavePreset(): boolean {
  const network = useNetworkStore()
  if (!network.presetModel) return false
  network.load(DEFAULT_DRAFT, null)
  useTrainingStore().settings = structuredClone(DEFAULT_SETTINGS)
  return true
}
