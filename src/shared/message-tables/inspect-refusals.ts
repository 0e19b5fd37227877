import { plural } from './english'

/**
 * Work done on main's thread that may be refused for its size: tracing a batch, a layer's
 * gradients, a gradient check, predicting rows, running a model on a file or dataset.
 */
export type MainThreadWork =
  | { kind: 'trace'; rows: number }
  | { kind: 'gradients'; rows: number }
  | { kind: 'gradientCheck'; parameters: number; layers: number; rows: number }
  | { kind: 'predict'; rows: number }
  | { kind: 'results'; rows: number }

/** What the work is, and how to ask for less. */
const WORK_WORDS: {
  [K in MainThreadWork['kind']]: (work: Extract<MainThreadWork, { kind: K }>) => [string, string]
} = {
  trace: (w) => [`tracing ${w.rows} rows`, 'trace fewer rows, or use the command line'],
  gradients: (w) => [`the gradients of ${w.rows} rows`, 'ask for fewer rows'],
  gradientCheck: (w) => [
    `this gradient check (${w.parameters} parameters, ${w.layers} layers, ${w.rows} rows)`,
    "check fewer rows, or use the command line's gradcheck"
  ],
  predict: (w) => [
    `predicting ${w.rows} rows`,
    "predict fewer rows at once, or use the command line's predict"
  ],
  results: (w) => [
    `running the model on ${w.rows} rows`,
    "use a smaller file, or the command line's predict --input-file and evaluate"
  ]
}

/** A work's words, typed by its kind. */
const workWords = (work: MainThreadWork): [string, string] =>
  (WORK_WORDS[work.kind] as (work: MainThreadWork) => [string, string])(work)

/**
 * Why an Inspect call (a layer, a sample, a trace, a gradient check, a confusion cell) or a
 * prediction is refused, in English: part of the message table (../messages.ts), translated in
 * the renderer. Refusals name the request's field, the value given and the range accepted.
 */
export const INSPECT_MESSAGES = {
  'inspect.inputCount': (p: { expected: number; got: number }) =>
    `inputs: expected ${p.expected} values, got ${p.got}`,
  'inspect.layerRange': (p: { layers: number; layer: number }) =>
    `layer: the model has layers 1 to ${p.layers}, got ${p.layer}`,
  'inspect.noLayerToBreak': (p: { layers: number; layer: number }) =>
    `the model has ${plural(p.layers, 'layer')}; there is no layer ${p.layer} to break`,
  'inspect.targetCount': (p: { expected: number; got: number }) =>
    `targets: expected ${p.expected} rows, one per input row, got ${p.got}`,
  'inspect.rowsNeedRun': () =>
    'rows: dataset rows need a run (runId); give inputs and targets for a model file',
  'inspect.noBatchRows': () => 'rows: the run has no rows to take a batch from',
  'inspect.noTrainingRows': (p: { runId: string }) => `run ${p.runId} has no training rows`,
  'inspect.noProbeRows': (p: { runId: string }) => `run ${p.runId} has no rows to probe`,
  'inspect.regression': (p: { runId: string }) =>
    `run ${p.runId} is a regression: it has no confusion matrix`,
  'inspect.classRange': (p: { field: string; last: number; got: number }) =>
    `${p.field}: the model has classes 0 to ${p.last}, got ${p.got}`,
  'inspect.rowRange': (p: { field: string; last: number; got: number }) =>
    `${p.field}: the dataset has rows 0 to ${p.last}, got ${p.got}`,
  'inspect.rowWidth': (p: { field: string; index: number; expected: number; got: number }) =>
    `${p.field}[${p.index}]: expected ${p.expected} values, got ${p.got}`,
  'mainThread.tooMuch': (p: { work: MainThreadWork; multiplyAdds: string; bound: string }) => {
    const [what, advice] = workWords(p.work)
    return `${what} would take about ${p.multiplyAdds} multiply-adds, over the lab's limit of ${p.bound} multiply-adds per call (${advice})`
  }
} satisfies Record<string, (params: never) => string>
