import type { SampleName } from '@shared/ipc/contract'
import type { NetworkDraft } from '@shared/model/app-state'
import type { TrainingSettings } from '@renderer/lib/training/run-controls'
import type { ExpectedAnswer } from './answers'
import type { Notation } from './notation'
import type { FigureGroup } from './worked-figures'

/** The lessons, in the order of the course. */
export const LESSON_IDS = ['logistic', 'oneHidden', 'worked', 'deep', 'gradients'] as const
export type LessonId = (typeof LESSON_IDS)[number]

/** Placeholders of a lesson text: numbers from the lab (the design, the worked example). */
export type TextParams = Record<string, string | number>

/** What exercises and texts read from the lab at the moment they are shown. */
export interface LessonContext {
  /** [height, width, channels] of the photos: the current image dataset's, else the apples sample's. */
  photoShape: readonly [number, number, number]
  /** n_x, n_h, n_y: the design on the Network screen when it has one hidden layer, else 2, 4, 1. */
  design: { inputs: number; hidden: number; outputs: number }
  /** m: the rows in one batch of the next run (all training rows for a full batch). */
  batch: number
}

/** A panel a section shows below its formulas. */
export type SectionPanel =
  | { kind: 'figures'; group: FigureGroup }
  | { kind: 'shapes' }
  | { kind: 'slopes' }
  | { kind: 'vectorize' }

/** Which of the sources a remark is about. */
export type SourceId = 'course' | 'derivation'

/**
 * A slip in one of the sources the lessons teach from, shown as "in the notes": what the source
 * wrote and the corrected form (TeX, in the source's own notation). Its explanation is
 * `learn.lessons.<lesson>.<section>.remarks.<id>`.
 */
export interface NotesRemark {
  id: string
  source: SourceId
  wrote: string
  corrected: string
}

/**
 * One section of a lesson. Its heading and text are `learn.lessons.<lesson>.<id>.title` and
 * `.text` (and `.after` when present, shown below the formulas and panel).
 */
export interface LessonSection {
  id: string
  /** Display formulas in the chosen notation, typeset with KaTeX (the same in every language). */
  formulas: (notation: Notation) => string[]
  panel?: SectionPanel
  /** Slips in the sources about this section's mathematics, with their corrections. */
  remarks?: NotesRemark[]
  /** Try-it ids offered in this section. */
  tryIts?: string[]
  /** Values for the section's text placeholders. */
  params?: (context: LessonContext) => TextParams
}

/** Where a try-it leaves the learner: a screen, and for Inspect the panel and the model it shows. */
export type TryItTarget =
  | { view: 'network' | 'training' }
  | {
      view: 'inspect'
      panel: 'weights' | 'gradients' | 'step' | 'gradcheck'
      model: 'run' | 'preset'
    }

/**
 * A "try it": a bundled sample, a network, training settings (over the lab's defaults and the
 * sample's own), the screen to open and whether to start training. Its label and hint are
 * `learn.tryIts.<id>.label` and `.hint`.
 */
export interface TryItSetup {
  id: string
  sample: SampleName
  /** A design, or `sample`: the sample's own network and preset weights (the textbook example). */
  network: NetworkDraft | 'sample'
  settings: Partial<TrainingSettings>
  target: TryItTarget
  train: boolean
}

/**
 * An exercise: the learner answers before the lab reveals its value. Texts are
 * `learn.exercises.<lesson>.<id>.prompt` and `.explain`, with `params` as placeholders
 * (`answer` is added: the lab's value as shown).
 */
export interface ExerciseSpec {
  id: string
  expected: (context: LessonContext) => ExpectedAnswer
  params?: (context: LessonContext) => TextParams
}

/** A lesson: its sections, try-its and exercises. Title and summary: `learn.lessons.<id>.title`, `.summary`. */
export interface Lesson {
  id: LessonId
  sections: LessonSection[]
  tryIts: TryItSetup[]
  exercises: ExerciseSpec[]
}

/** The key an exercise's progress is stored under. */
export function exerciseKey(lesson: LessonId, exercise: string): string {
  return `${lesson}.${exercise}`
}
