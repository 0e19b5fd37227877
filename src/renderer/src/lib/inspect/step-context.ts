import type { TraceLayer } from '@shared/model/inspect'
import type { NetworkSpec } from '@shared/model/network'
import type { StepSymbols } from './step-symbols'

/** One number of a step: its symbols, how it is computed from earlier numbers, and its value. */
export interface StepLine {
  /** TeX of the lab's symbol. */
  symbol: string
  /** TeX of the textbook's name for it (the textbook preset only). */
  textbook?: string
  /** The chain rule's factors by name (TeX), lab's and textbook's. */
  factors?: { lab: string; textbook?: string }
  /** The arithmetic with the actual numbers, e.g. `0.15 × 0.05 + 0.2 × 0.1 + 0.35`. */
  expression?: string
  value: number
  /** The parameter is frozen: its gradient is computed, the update leaves it unchanged. */
  frozen?: boolean
}

/** A translated text: its key under `inspect.step` and its parameters. */
export interface StepText {
  key: string
  params?: Record<string, string | number>
}

/** Lines under one heading (a neuron, the outputs, a layer's update). */
export interface StepGroup {
  title: StepText
  lines: StepLine[]
}

/** A small matrix or vector shown whole (small layers only); vectors are one column. */
export interface StepMatrix {
  /** TeX of its symbol. */
  symbol: string
  rows: number[][]
}

/** Everything one step shows besides the drawing. */
export interface StepView {
  /** TeX of the step's formula. */
  formula: string
  groups: StepGroup[]
  matrices: StepMatrix[]
  notes: StepText[]
}

/** The numbers of a one-sample trace the steps are built from. */
export interface StepContext {
  network: NetworkSpec
  /** a(0) of the sample (after preprocessing) and its target row. */
  inputs: readonly number[]
  targets: readonly number[]
  /** J of the sample before the update (with its L1 and L2 terms). */
  cost: number
  learningRate: number
  l1: number
  l2: number
  /** Trace layers fetched so far, by layer number. */
  layers: ReadonlyMap<number, TraceLayer>
  symbols: StepSymbols
  /** The textbook's names, for its preset; null otherwise. */
  textbook: StepSymbols | null
  /** The unit followed in each wide layer (0-based). */
  followed: (layer: number) => number
}

/** a(l) of the sample (l = 0: the inputs). */
export function activationsOf(context: StepContext, layer: number): readonly number[] {
  return layer === 0 ? context.inputs : context.layers.get(layer)!.a[0]
}

/** Trace layer l, which the step needs to have been fetched. */
export function traceLayer(context: StepContext, layer: number): TraceLayer {
  const found = context.layers.get(layer)
  if (!found) throw new Error(`trace layer ${layer} has not been fetched`)
  return found
}

/** A line with the textbook's name added when there is one. */
export function named(
  context: StepContext,
  pick: (symbols: StepSymbols) => string,
  line: Omit<StepLine, 'symbol' | 'textbook'>
): StepLine {
  return {
    symbol: pick(context.symbols),
    textbook: context.textbook ? pick(context.textbook) : undefined,
    ...line
  }
}

/** A vector as a one-column matrix. */
export function column(values: readonly number[]): number[][] {
  return values.map((value) => [value])
}
