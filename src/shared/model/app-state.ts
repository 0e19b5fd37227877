import type { Appearance } from '../app-commands'
import type { InputFeatureName } from './input-features'
import type { RunConfig } from './run'

/** The languages the UI is written in (English is the reference; every other must match it). */
export const UI_LOCALES = ['en', 'zh-CN'] as const
export type UiLocale = (typeof UI_LOCALES)[number]

/** What the lab remembers between sessions so that reopening it restores the last work. */
export interface UiState {
  view: string
  datasetId: string | null
  network: NetworkDraft | null
  training: Partial<RunConfig> | null
  runId: string | null
  /** A preset's weights the design starts from (the textbook example), if any. */
  presetModel?: string | null
  /** The UI language chosen (absent before the first save: then the system language decides). */
  locale?: UiLocale
  /** Progress through the Learn screen's lessons (absent before the first lesson is opened). */
  learn?: LearnProgress
  /** Whether the Training screen shows its split view for 2-D data (absent: off). */
  splitView?: boolean
}

/** What the Learn screen remembers: the lesson open, the lessons visited, the exercises answered, the notation. */
export interface LearnProgress {
  /** The lesson shown (null before the first visit). */
  lesson: string | null
  visited: string[]
  /** Exercise key (`lesson.exercise`) → whether its last answer was right. */
  answered: Record<string, boolean>
  /** The notation the lessons are read in (`lab`, `course`, `derivation`); the lab's when absent. */
  notation?: string
}

/** The network being designed, before a dataset fixes its inputs and outputs. */
export interface NetworkDraft {
  hidden: { units: number; activation: RunConfig['activation'] }[]
  /** The input features 2-D data's first layer reads (absent: x and y). */
  inputFeatures?: InputFeatureName[]
  output: RunConfig['output']
  loss: RunConfig['loss']
}

/** Facts about the running lab. */
export interface AppInfo {
  version: string
  mode: 'electron' | 'browser'
  home: string
  engineVersion: string
  /** Light, dark or following the system (View › Appearance, or the top bar's switch). */
  appearance: Appearance
}
