import type { EarlyStoppingConfig } from '@shared/model/early-stopping'
import { INPUT_FEATURES, type InputFeatureName } from '@shared/model/input-features'
import type { LearningRateSchedule } from '@shared/model/lr-schedule'
import { preprocessingWords, type SettingValue } from './settings'

/** Translates a message key (vue-i18n's `t`), with the message's named values. */
type Translate = (key: string, named?: Record<string, unknown>) => string

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

/** A schedule in words: "step decay: × 0.5 every 10 epochs, after 2 warm-up epochs". */
function scheduleText(schedule: LearningRateSchedule, t: Translate): string {
  const text = t(`experiments.config.schedules.${schedule.kind}`, { ...schedule })
  return schedule.warmupEpochs > 0
    ? t('experiments.config.warmup', { schedule: text, epochs: schedule.warmupEpochs })
    : text
}

/** Early stopping in words: what it watches, its patience, the weights the run ends with. */
function earlyStoppingText(config: EarlyStoppingConfig, t: Translate): string {
  return t('experiments.config.earlyStopping', {
    figure: t(`experiments.stop.figures.${config.monitor}`),
    patience: config.patience,
    weights: t(`experiments.config.earlyWeights.${config.restoreBest ? 'best' : 'last'}`)
  })
}

/** Input features by their labels (x², sin x) in the UI's language (`zh-CN` or English). */
function featuresText(features: readonly InputFeatureName[], locale: string): string {
  const language = locale === 'zh-CN' ? 'zh' : 'en'
  return features.map((name) => INPUT_FEATURES[name].label[language]).join(', ')
}

/**
 * A setting's value as the Experiments screen shows it: a dash when not set, "none" for no hidden
 * layer, "full batch", the split as "0.8 / 0.2", yes/no, named choices (relu, adam, standardize)
 * in the user's language (`t`, `locale`), a schedule and early stopping in words, lists
 * separated by commas.
 */
export function settingText(
  key: string,
  value: SettingValue | undefined,
  t: Translate,
  locale = 'en'
): string {
  if (key === 'earlyStopping')
    return value ? earlyStoppingText(value as EarlyStoppingConfig, t) : t('experiments.config.off')
  if (key === 'inputFeatures')
    return Array.isArray(value)
      ? featuresText(value as InputFeatureName[], locale)
      : t('experiments.config.ownColumns')
  if (value === null || value === undefined) return t('experiments.none')
  if (key === 'lrSchedule') return scheduleText(value as LearningRateSchedule, t)
  if (key === 'preprocessing' && typeof value === 'string') return preprocessingWords(value, t)
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
