import {
  DEFAULT_ACTIVATION_SETTINGS,
  SETTING_SYMBOLS,
  type ActivationRecord,
  type ActivationSettings
} from './activation-record'
import { geluRecord } from './gelu'
import { leakyReluRecord } from './leaky-relu'
import { linearRecord } from './linear'
import { reluRecord } from './relu'
import { sigmoidRecord } from './sigmoid'
import { siluRecord } from './silu'
import { softmaxRecord } from './softmax'
import { tanhRecord } from './tanh'

/**
 * The activation catalogue: one record per activation function (activation-record.ts says what
 * a record holds), in the order menus list them. The engine, the kernels' agreement test, the
 * step-through, the lessons, the equations, the diagnostics, the run defaults and every exporter
 * read it; per-activation tables elsewhere are `satisfies Record<ActivationName, …>`, so adding a
 * record makes the compiler name every place that still needs a word about it.
 */
export const ACTIVATION_CATALOGUE = {
  sigmoid: sigmoidRecord,
  tanh: tanhRecord,
  relu: reluRecord,
  'leaky-relu': leakyReluRecord,
  gelu: geluRecord,
  silu: siluRecord,
  linear: linearRecord,
  softmax: softmaxRecord
} as const satisfies Record<string, ActivationRecord>

type Catalogue = typeof ACTIVATION_CATALOGUE

/** Activation functions a layer may use. */
export type ActivationName = keyof Catalogue

/** Every activation name, in the catalogue's order. */
export const ACTIVATION_NAMES = Object.keys(ACTIVATION_CATALOGUE) as [
  ActivationName,
  ...ActivationName[]
]

/** Activations a hidden layer may use (all but the output-only softmax). */
export type HiddenActivationName = {
  [Name in ActivationName]: Catalogue[Name]['placement'] extends 'any' ? Name : never
}[ActivationName]

/** Activations applied to each unit on its own (all but softmax). */
export type ElementwiseActivationName = {
  [Name in ActivationName]: Catalogue[Name]['kind'] extends 'elementwise' ? Name : never
}[ActivationName]

/** Activations of a whole row of units (softmax). */
export type RowwiseActivationName = Exclude<ActivationName, ElementwiseActivationName>

export const HIDDEN_ACTIVATION_NAMES = ACTIVATION_NAMES.filter(
  (name): name is HiddenActivationName => ACTIVATION_CATALOGUE[name].placement === 'any'
)

/** The record of one activation. */
export function activationRecord(name: ActivationName): ActivationRecord {
  return ACTIVATION_CATALOGUE[name]
}

/** f applied to `argument` in TeX, e.g. `\sigma(z^{(1)})`; the identity is the argument itself. */
export function appliedTex(activation: ActivationName, argument: string): string {
  const symbol = activationRecord(activation).tex.symbol
  return symbol === null ? argument : `${symbol}(${argument})`
}

/** The names of every setting (the keys of ActivationSettings). */
const SETTING_NAMES = Object.keys(DEFAULT_ACTIVATION_SETTINGS) as (keyof ActivationSettings)[]

/** The settings a layer gave (any of ActivationSettings it holds), and no others. */
export function givenSettings(layer: Partial<ActivationSettings>): Partial<ActivationSettings> {
  return Object.fromEntries(
    SETTING_NAMES.filter((key) => layer[key] !== undefined).map((key) => [key, layer[key]])
  )
}

/** Every setting of a layer, the defaults filled in where it gives none. */
export function settingsOf(layer: Partial<ActivationSettings>): ActivationSettings {
  return { ...DEFAULT_ACTIVATION_SETTINGS, ...givenSettings(layer) }
}

/** The settings an activation reads, taken from `settings` (what a model file records for it). */
export function usedSettings(
  activation: ActivationName,
  settings: ActivationSettings
): Partial<ActivationSettings> {
  return Object.fromEntries(
    activationRecord(activation).settings.map((key) => [key, settings[key]])
  )
}

/** The activation with the settings a layer gave it, e.g. `leaky-relu (α = 0.2)` or `relu`. */
export function activationLabel(
  activation: ActivationName,
  layer: Partial<ActivationSettings>
): string {
  const shown = activationRecord(activation)
    .settings.filter((key) => layer[key] !== undefined)
    .map((key) => `${SETTING_SYMBOLS[key]} = ${layer[key]}`)
  return shown.length > 0 ? `${activation} (${shown.join(', ')})` : activation
}
