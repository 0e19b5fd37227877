import type { SettingValue } from './settings'

/** Translates a message key (vue-i18n's `t`). */
type Translate = (key: string) => string

/**
 * A setting's value as the Experiments screen shows it: a dash when not set, "none" for no hidden
 * layer, "full batch", the split as "0.8 / 0.2", yes/no, lists separated by commas.
 */
export function settingText(key: string, value: SettingValue | undefined, t: Translate): string {
  if (value === null || value === undefined) return t('experiments.none')
  if (key === 'hidden' && Array.isArray(value) && value.length === 0)
    return t('experiments.config.noHidden')
  if (key === 'batchSize' && value === 'full') return t('experiments.config.fullBatch')
  if (typeof value === 'boolean')
    return t(value ? 'experiments.config.yes' : 'experiments.config.no')
  if (Array.isArray(value)) return value.join(key === 'split' ? ' / ' : ', ')
  return String(value)
}
