import type { SettingValue } from './settings'

/** Translates a message key (vue-i18n's `t`). */
type Translate = (key: string) => string

/** Message keys of the named choices a setting can hold, by setting (the same words as the screens that set them). */
const CHOICE_KEYS: Partial<Record<string, (choice: string) => string>> = {
  activation: (choice) => `network.activations.${choice}`,
  hiddenActivations: (choice) => `network.activations.${choice}`,
  output: (choice) => (choice === 'auto' ? 'experiments.config.auto' : `network.output.${choice}`),
  loss: (choice) => (choice === 'auto' ? 'experiments.config.auto' : `network.losses.${choice}`),
  optimizer: (choice) => `training.settings.optimizers.${choice}`,
  init: (choice) => `experiments.config.inits.${choice}`,
  precision: (choice) => `training.settings.precisions.${choice}`,
  normalize: (choice) => `training.dataHandling.normalizers.${choice}`
}

/**
 * A setting's value as the Experiments screen shows it: a dash when not set, "none" for no hidden
 * layer, "full batch", the split as "0.8 / 0.2", yes/no, named choices (relu, adam, standardize)
 * in the user's language, lists separated by commas.
 */
export function settingText(key: string, value: SettingValue | undefined, t: Translate): string {
  if (value === null || value === undefined) return t('experiments.none')
  if (key === 'hidden' && Array.isArray(value) && value.length === 0)
    return t('experiments.config.noHidden')
  if (key === 'batchSize' && value === 'full') return t('experiments.config.fullBatch')
  if (typeof value === 'boolean')
    return t(value ? 'experiments.config.yes' : 'experiments.config.no')
  const choiceKey = CHOICE_KEYS[key]
  const text = (item: SettingValue) =>
    choiceKey && typeof item === 'string' ? t(choiceKey(item)) : String(item)
  if (Array.isArray(value)) return value.map(text).join(key === 'split' ? ' / ' : ', ')
  return text(value)
}
