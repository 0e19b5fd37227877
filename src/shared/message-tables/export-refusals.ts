/**
 * Why an export or an experiment file (packing runs, opening a pack) is refused, in English:
 * part of the message table (../messages.ts), translated in the renderer. Each names the file,
 * folder, run or field.
 */
import type { TfjsRefusal } from '../model/activations/activation-record'

/** Why TF.js cannot load an activation, in English. */
const TFJS_REFUSALS: Record<TfjsRefusal, string> = {
  geluTanh:
    'TF.js cannot load GELU\'s tanh approximation from a model file (tfjs-layers reads its name gelu_new as geluNew); export ONNX, PyTorch, NumPy or JSON, or use the exact GELU ("approximate": "none")'
}

export const EXPORT_MESSAGES = {
  'export.tfjsActivation': (p: { field: string; kind: TfjsRefusal }) =>
    `${p.field}: ${TFJS_REFUSALS[p.kind]}`,
  'export.nonFinite': (p: { field: string; value: string | null }) =>
    `${p.field} is ${p.value ?? 'NaN or Infinity (stored as null)'}: a model with NaN or Infinity weights cannot be exported`,
  'export.outIsFile': (p: { folder: string }) =>
    `${p.folder}: the output path is a file; give a new or empty folder`,
  'export.outNotEmpty': (p: { folder: string }) =>
    `${p.folder}: the output folder is not empty; give a new or empty folder`,
  'export.outUnderFile': (p: { folder: string; file: string }) =>
    `${p.folder}: the output folder cannot be created, ${p.file} is a file; give a new or empty folder elsewhere`,
  'export.outCannotCreate': (p: { folder: string; code: string }) =>
    `${p.folder}: the output folder cannot be created there (${p.code}); give a folder where this user may write`,
  'export.dataShape': (p: {
    inputs: number
    targets: number
    modelInputs: number
    modelOutputs: number
  }) =>
    `the training data has ${p.inputs} inputs and ${p.targets} targets per row, the model takes ${p.modelInputs} and gives ${p.modelOutputs}`,
  'export.referenceSample': (p: { sample: number; expected: number; raw: boolean; got: number }) =>
    `reference sample ${p.sample}: expected ${p.expected} values (the model's ${p.raw ? 'raw x and y' : 'inputSize'}), got ${p.got}`,
  'export.dataNeedsRun': () => '--with-data needs a run id (a model file alone has no data)',
  'pack.noRun': (p: { runId: string }) => `no run with id ${p.runId} (see: backprop-lab runs)`,
  'pack.stillTraining': (p: { runId: string }) =>
    `run ${p.runId} is still training; stop it or let it finish first`,
  'pack.noRuns': () => 'name at least one run to pack',
  'pack.exists': (p: { file: string }) =>
    `${p.file} already exists; choose another name or remove it first`,
  'pack.noFolder': (p: { folder: string }) => `${p.folder}: no such folder`,
  'pack.taskNoRun': (p: { runId: string }) => `task: no run with id ${p.runId}`,
  'pack.taskRunNotPacked': (p: { runId: string }) =>
    `task: run ${p.runId} is not among the runs packed`,
  'pack.taskEmpty': () => 'task: write the task in at least one language',
  'pack.datasetMissing': (p: { dataset: string; folder: string }) =>
    `dataset ${p.dataset}: its files are missing from ${p.folder}`
} satisfies Record<string, (params: never) => string>
