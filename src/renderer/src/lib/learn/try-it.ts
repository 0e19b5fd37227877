import type { RunConfig } from '@shared/model/run'
import type { NetworkDraft } from '@shared/model/app-state'
import { DEFAULT_SETTINGS, type TrainingSettings } from '@renderer/lib/training/run-controls'
import type { TryItSetup } from './lesson-types'

/** A sample's own network and settings (the textbook example's preset), as `datasets:sample` suggests. */
export interface SampleSuggestion {
  network: NetworkDraft
  config: Partial<RunConfig>
}

/**
 * The training settings a try-it runs with: the lab's defaults (so every try-it runs the same
 * way whatever was set before), the sample's suggestions, then the lesson's own settings.
 */
export function tryItSettings(setup: TryItSetup, suggestion?: SampleSuggestion): TrainingSettings {
  const settings: Record<string, unknown> = structuredClone(DEFAULT_SETTINGS)
  for (const [key, value] of Object.entries(suggestion?.config ?? {})) {
    if (Object.hasOwn(DEFAULT_SETTINGS, key) && value !== undefined) settings[key] = value
  }
  return { ...(settings as TrainingSettings), ...structuredClone(setup.settings) }
}

/** The design a try-it loads and the preset weights it starts from (only a sample's own network has them). */
export function tryItNetwork(
  setup: TryItSetup,
  suggestion?: SampleSuggestion
): { draft: NetworkDraft; presetModel: string | null } {
  if (setup.network !== 'sample')
    return { draft: structuredClone(setup.network), presetModel: null }
  if (!suggestion) throw new Error(`sample '${setup.sample}' suggests no network`)
  return {
    draft: structuredClone(suggestion.network),
    presetModel: suggestion.config.initModel ?? null
  }
}
