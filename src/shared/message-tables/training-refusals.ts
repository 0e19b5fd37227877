import type { ActivationName, LossName } from '../model/network'
import { plural } from './english'

/** What could not be saved: an epoch (its number), the run's start or progress, or its end. */
export type UnsavedStep = number | 'run' | 'end'

/** What could not be done with a run whose dataset was deleted. */
export type WithoutDataset = 'continue' | 'branch' | 'rows' | 'report'

const UNSAVED_WORDS = (step: UnsavedStep): string =>
  step === 'run' ? 'the run' : step === 'end' ? "the run's end" : `epoch ${step}`

const WITHOUT_DATASET_WORDS: Record<WithoutDataset, string> = {
  continue: 'so it cannot continue',
  branch: 'so it cannot be continued',
  rows: 'so its rows cannot be shown',
  report: 'so a report cannot say what it trained on'
}

/**
 * Why a run cannot start, branch, race, continue or be deleted, why a network or its settings
 * cannot train, why a run failed, and refused generated datasets, in English: part of the
 * message table (../messages.ts), translated in the renderer. Refusals name the run, the setting
 * or the option, the value given and what is accepted.
 */
export const TRAINING_MESSAGES = {
  // Runs.
  'run.notFound': (p: { runId: string; seeRuns: boolean; meant?: string }) =>
    `no run with id ${p.runId}${p.meant ? ` (did you mean ${p.meant}?)` : p.seeRuns ? ' (see: backprop-lab runs)' : ''}`,
  'run.stillRunning': (p: { runId: string }) => `run ${p.runId} is still running`,
  'run.stillTraining': (p: { runId: string }) => `run ${p.runId} is still training; stop it first`,
  'run.notTraining': (p: { runId: string }) => `run ${p.runId} is not training`,
  'run.trainedElsewhere': (p: { runId: string; pid: string }) =>
    `run ${p.runId} is still being trained by another process (pid ${p.pid}); wait for it to end, or stop it there`,
  'run.completed': (p: { runId: string; epochs: number }) =>
    `run ${p.runId} already completed all ${p.epochs} epochs`,
  'run.datasetDeleted': (p: { runId: string; without: WithoutDataset }) =>
    `run ${p.runId}: its dataset was deleted, ${WITHOUT_DATASET_WORDS[p.without]}`,
  'run.noWeights': (p: { runId: string; stopped: boolean }) =>
    `run ${p.runId} has no trained weights yet${p.stopped ? ' (it stopped before its first epoch ended)' : ': its first epoch has not ended'}`,
  'run.noCheckpointAt': (p: { runId: string; epoch: number; nearest: number[] }) =>
    `run ${p.runId} has no checkpoint at epoch ${p.epoch}${p.nearest.length ? ` (the nearest stored: ${p.nearest.join(' and ')})` : ''}`,
  'run.failed': (p: { runId: string }) => `run ${p.runId} failed`,
  'run.cannotWriteModel': (p: { file: string; problem: string }) =>
    `${p.file}: cannot write the model file (${p.problem})`,
  // Branches and races.
  'branch.noCheckpoint': (p: { runId: string }) =>
    `run ${p.runId} has no stored checkpoint to continue from`,
  'branch.nothingToTrain': (p: { runId: string; epochs: number; epoch: number }) =>
    `epochs count from the start of run ${p.runId}: ${p.epochs} leave nothing to train after epoch ${p.epoch}`,
  'branch.parentDataset': (p: { data: string; datasetId: string | null }) =>
    `${p.data}: a branch trains on its parent's dataset (${p.datasetId ?? 'deleted'}); leave DATA out`,
  'race.size': (p: { min: number; max: number; got: number }) =>
    `a race has ${p.min} to ${p.max} runs, got ${p.got}`,
  'race.sharedSettings': (p: { run: number; allowed: string[]; foreign: string[] }) =>
    `race run ${p.run}: a race may vary only ${p.allowed.join(', ')}, not ${p.foreign.join(', ')} (the runs share their start and batch order)`,
  // The network and the settings.
  'network.tooManyParameters': (p: { architecture: string; parameters: number; bound: string }) =>
    `the network ${p.architecture} has ${p.parameters} weights and biases, over the lab's limit of ${p.bound} parameters per model (choose fewer or smaller hidden layers, or set BACKPROP_LAB_MAX_MODEL_PARAMETERS)`,
  'network.softmaxUnits': (p: { units: number }) =>
    `softmax needs at least two output units; this data has ${p.units}`,
  'network.lossNeedsProbabilities': (p: { loss: LossName; activation: ActivationName }) =>
    `${p.loss} needs a sigmoid or softmax output, not ${p.activation}`,
  'network.crossEntropySingleUnit': () =>
    'cross-entropy over one sigmoid unit only rewards the positive class; use binary-cross-entropy (or softmax over both classes)',
  'network.featuresNeedXY': (p: {
    features: string[]
    datasetId: string
    dataset: string
    count: number
  }) =>
    `input features (${p.features.join(', ')}) are computed from x and y: dataset ${p.datasetId} (${p.dataset}) has ${p.count} features, not 2`,
  'network.modelInputs': (p: {
    /** The initial model's file; null when it has none. */
    source: string | null
    inputs: number
    datasetId: string
    dataset: string
    features: number
  }) =>
    `${p.source ?? 'the initial model'}: the model takes ${p.inputs} inputs but dataset ${p.datasetId} (${p.dataset}) has ${p.features} features`,
  'network.modelOutputs': (p: {
    source: string | null
    units: number
    datasetId: string
    expected: number
  }) =>
    `${p.source ?? 'the initial model'}: the model has ${plural(p.units, 'output unit')} but dataset ${p.datasetId} needs ${p.expected}`,
  'schedule.warmupEpochs': (p: { warmup: number }) =>
    `learning-rate schedule: warm-up epochs must be a whole number from 0, got ${p.warmup}`,
  'schedule.warmupTooLong': (p: { warmup: number; epochs: number }) =>
    `learning-rate schedule: the warm-up (${p.warmup} epochs) must be shorter than the run (${p.epochs} epochs)`,
  'schedule.stepEpochs': (p: { step: number }) =>
    `learning-rate schedule: the step must be a whole number of epochs from 1, got ${p.step}`,
  'schedule.gamma': (p: { gamma: number }) =>
    `learning-rate schedule: the decay factor γ must be in (0, 1], got ${p.gamma}`,
  'schedule.cosineLowest': (p: { learningRate: number; lowest: number }) =>
    `learning-rate schedule: the cosine's lowest rate must be from 0 up to below the learning rate ${p.learningRate}, got ${p.lowest}`,
  'training.earlyStoppingSplit': () =>
    'early stopping watches the validation part: give the split one (e.g. --split 0.8,0.2)',
  'training.patience': (p: { patience: number }) =>
    `early stopping's patience must be a whole number of epochs from 1, got ${p.patience}`,
  'training.checkpointBudget': (p: { budget: number }) =>
    `the checkpoint budget must be more than 0 MB, got ${p.budget}`,
  'task.locked': (p: { setting: string; fixed: string; got: string }) =>
    `this task keeps ${p.setting} at ${p.fixed} (the teacher locked it); got ${p.got}`,
  // Why a run failed (stored with the run, shown on the Training and Runs screens).
  'run.diverged': (p: { epoch: number; batch: number; loss: string | null }) =>
    `${p.loss === null ? 'the update overflowed the weights to Infinity or NaN' : `the loss became ${p.loss}`} at epoch ${p.epoch}, batch ${p.batch}; try a smaller learning rate (the model is kept as it was ${p.epoch === 1 ? 'before training' : `after epoch ${p.epoch - 1}`})`,
  'run.diskFull': (p: { code: string; step: UnsavedStep; database: string; runId: string }) =>
    `the disk is full (${p.code}): ${UNSAVED_WORDS(p.step)} could not be saved to ${p.database}; free some space, then continue the run with: backprop-lab resume ${p.runId}`,
  'run.notSaved': (p: { step: UnsavedStep; database: string; problem: string; runId: string }) =>
    `${UNSAVED_WORDS(p.step)} could not be saved to ${p.database} (${p.problem}); continue the run with: backprop-lab resume ${p.runId}`,
  'run.interrupted': (p: { pid: string; runId: string }) =>
    `the process training it (pid ${p.pid}) stopped before the run ended; resume it with: backprop-lab resume ${p.runId}`,
  'run.engineStopped': (p: { problem: string | null }) =>
    `the engine stopped unexpectedly${p.problem ? `: ${p.problem}` : ''}`,
  'run.engineCrashed': (p: { problem: string }) => `the engine crashed: ${p.problem}`,
  // Generated datasets.
  'generate.unknown': (p: { generator: string; generators: string[] }) =>
    `unknown generator '${p.generator}'; choose one of ${p.generators.join(', ')}`,
  'generate.samples': (p: { samples: number; max: number }) =>
    `samples: expected a whole number from 2 to ${p.max}, got ${p.samples}`,
  'generate.noise': (p: { noise: number; max: number }) =>
    `noise: expected a number from 0 to ${p.max}, got ${p.noise}`,
  'generate.seed': (p: { seed: number }) =>
    `seed: expected a whole number from 0 to 4294967295, got ${p.seed}`,
  'generate.noisePercent': (p: { noise: number; max: number }) =>
    `--noise: expected a whole percent from 0 to ${p.max}, got ${p.noise}`,
  'generate.points': (p: { points: number; min: number; max: number }) =>
    `--points: expected a whole number from ${p.min} to ${p.max}, got ${p.points}`
} satisfies Record<string, (params: never) => string>
