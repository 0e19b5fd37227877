import type { HiddenActivationName } from '@shared/model/network'
import { classicModelName } from '@shared/model/network-design'
import type { Preprocessing } from '@shared/model/preprocessing'
import type { RunConfig } from '@shared/model/run'
import type { RunPage } from '@shared/model/run-page'
import type { LearningRateSchedule } from '@shared/model/lr-schedule'
import type { EarlyStoppingConfig } from '@shared/model/early-stopping'
import { TRAINING_SETTINGS, type SettingOfRole } from './run-settings'

/**
 * A setting's value as plain data: arrays are compared element by element, records (a schedule,
 * early stopping) field by field, null is "not set".
 */
export type SettingValue =
  | string
  | number
  | boolean
  | null
  | readonly (string | number)[]
  | LearningRateSchedule
  | EarlyStoppingConfig

/**
 * The settings compared between runs, in the order a reader wants them: the data, the network
 * (as built, so `auto` choices show what they became), the optimizer, then the rest.
 */
export const COMPARED_SETTINGS = [
  'dataset',
  'dataHash',
  'architecture',
  'hidden',
  'hiddenActivations',
  'output',
  'loss',
  ...TRAINING_SETTINGS,
  'preprocessing',
  'engineVersion'
] as const
export type ComparedSetting = (typeof COMPARED_SETTINGS)[number]

/** One setting across the compared runs: a value per run, and whether they are not all equal. */
export interface SettingRow {
  key: ComparedSetting
  values: SettingValue[]
  differs: boolean
}

/** How preprocessingText writes a scale, before its factor. */
const SCALED = 'scale × '

/**
 * The preprocessing applied to a run's inputs as a value to compare and export ("standardize",
 * "scale × 0.003922"); settingText puts it in the UI's words.
 */
export function preprocessingText(applied: Preprocessing | null): string | null {
  if (!applied) return null
  return applied.kind === 'scale' ? `${SCALED}${applied.factor.toPrecision(4)}` : applied.kind
}

/** preprocessingText's value in the UI's language (`t`): the normalizer's name, or the scale. */
export function preprocessingWords(
  text: string,
  t: (key: string, named?: Record<string, unknown>) => string
): string {
  return text.startsWith(SCALED)
    ? t('experiments.config.scaled', { factor: text.slice(SCALED.length) })
    : t(`training.dataHandling.normalizers.${text}`)
}

/** A run's training settings, as its config gives them. */
function trainingSettings(config: RunConfig): Record<SettingOfRole<'training'>, SettingValue> {
  return Object.fromEntries(TRAINING_SETTINGS.map((key) => [key, config[key] ?? null])) as Record<
    SettingOfRole<'training'>,
    SettingValue
  >
}

/**
 * A run's compared settings. The network rows come from the network the run built: its hidden
 * widths and activations, its output activation and loss (a run started from a model file has
 * that model's layers, whatever its config says).
 */
export function runSettings(view: RunPage): Record<ComparedSetting, SettingValue> {
  const { config } = view.detail
  const { layers, inputSize, loss } = view.network
  const hidden = layers.slice(0, -1)
  const widths = [inputSize, ...layers.map((layer) => layer.units)].join('-')
  const classic = classicModelName(layers, loss)
  return {
    dataset: view.datasetName,
    dataHash: view.detail.dataHash,
    architecture: classic ? `${widths} ${classic}` : widths,
    hidden: hidden.map((layer) => layer.units),
    hiddenActivations: hidden.map((layer) => layer.activation as HiddenActivationName),
    output: layers.at(-1)?.activation ?? null,
    loss,
    ...trainingSettings(config),
    preprocessing: preprocessingText(view.preprocessing),
    engineVersion: view.detail.engineVersion
  }
}

/** A value as JSON with each record's fields in name order, so equal records give equal text. */
export function settingJson(value: SettingValue | undefined): string {
  return JSON.stringify(value ?? null, (_key, field: unknown) =>
    field !== null && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : 1)))
      : field
  )
}

/** True when two setting values are the same: equal scalars, lists element by element, records field by field. */
export function sameSetting(a: SettingValue | undefined, b: SettingValue | undefined): boolean {
  return settingJson(a) === settingJson(b)
}

/** Every compared setting with each run's value, marking those where the runs do not agree. */
export function settingRows(views: readonly RunPage[]): SettingRow[] {
  const settings = views.map(runSettings)
  return COMPARED_SETTINGS.map((key) => {
    const values = settings.map((setting) => setting[key])
    return { key, values, differs: values.some((value) => !sameSetting(value, values[0])) }
  })
}
