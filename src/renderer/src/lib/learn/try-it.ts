import type { RunConfig } from '@shared/model/run'
import type { NetworkDraft } from '@shared/model/app-state'
import { settingText } from '@renderer/lib/experiments/setting-text'
import { sameSetting, type SettingValue } from '@renderer/lib/experiments/settings'
import { TRAINING_SETTINGS, type SettingOfRole } from '@renderer/lib/experiments/run-settings'
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

/**
 * The training settings a try-it lends the Training screen, in the order runs list them (the
 * preset model and the input features come with the network, not the settings).
 */
const LENT_SETTINGS = TRAINING_SETTINGS.filter(
  (key): key is Exclude<SettingOfRole<'training'>, 'initModel' | 'inputFeatures'> =>
    key !== 'initModel' && key !== 'inputFeatures'
)

/** The settings a try-it changed from the learner's own: each setting's key and the lesson's value. */
export function lentSettings(
  own: TrainingSettings,
  lesson: TrainingSettings
): { key: (typeof LENT_SETTINGS)[number]; value: TrainingSettings[keyof TrainingSettings] }[] {
  return LENT_SETTINGS.filter((key) => !sameSetting(own[key], lesson[key])).map((key) => ({
    key,
    value: lesson[key]
  }))
}

/** True when two settings are the same (a try-it's lent settings still in use). */
export function sameSettings(a: TrainingSettings, b: TrainingSettings): boolean {
  return LENT_SETTINGS.every((key) => sameSetting(a[key], b[key]))
}

/**
 * Changed settings as a reader names them: "Optimizer: SGD, Learning rate: 0.1" (empty: none),
 * in the words of the Experiments screen's settings table.
 */
export function describeSettings(
  changed: ReturnType<typeof lentSettings>,
  t: (key: string, named?: Record<string, unknown>) => string
): string {
  return changed
    .map(({ key, value }) => {
      const text =
        key === 'epochs' && value === null
          ? t('training.settings.autoEpochs')
          : settingText(key, (value ?? null) as SettingValue, t)
      return `${t(`experiments.config.fields.${key}`)}: ${text}`
    })
    .join(', ')
}
