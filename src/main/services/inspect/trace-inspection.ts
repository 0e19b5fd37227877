import type { Regularization } from '../../../shared/model/training'
import type { TraceInspection } from '../../../shared/model/inspect'
import type { ModelFile } from '../../../shared/model/model-file'
import { nextStepLearningRate } from '../../../shared/model/lr-schedule'
import { userError } from '../../../shared/errors'
import { createJsKernels, networkFromModelFile, networkSpec, traceStep } from '../../engine'
import type { RunRecord } from '../../db/run-repo'
import type { ResolvedBatch } from './batch-inputs'

/** The learning rate the CLI's `trace` falls back to when neither a run nor the file gives one. */
const FALLBACK_LEARNING_RATE = 0.1

/**
 * η for a trace: the given one, else the run's for the step after `epoch` (its schedule's rate
 * of the next epoch), else the model file's `learningRate` hint, else 0.1.
 */
export function traceLearningRate(
  model: ModelFile,
  run: RunRecord | null,
  given: number | undefined,
  epoch: number | null
): number {
  if (given !== undefined) return given
  if (run) return nextStepLearningRate(run.config, epoch ?? run.epochs)
  return typeof model.learningRate === 'number' && model.learningRate > 0
    ? model.learningRate
    : FALLBACK_LEARNING_RATE
}

/**
 * λ₁ and λ for a trace or a gradient check, each: the given one, else the run's, else the model
 * file's `l1`/`l2` (what the lab trained it with), else 0.
 */
export function traceRegularization(
  model: ModelFile,
  run: RunRecord | null,
  given: Partial<Regularization> = {}
): Regularization {
  const of = (key: keyof Regularization): number =>
    given[key] ?? (run ? run.config[key] : (model[key] ?? 0))
  return { l1: of('l1'), l2: of('l2') }
}

/** What a trace runs with besides its batch. */
export interface TraceSettings {
  learningRate: number
  regularization: Regularization
  epoch: number | null
  /** Only this layer's numbers (1-based), or all layers. */
  layer?: number
}

/**
 * The engine's `traceStep` (one plain gradient-descent step with every number, in Float64) on a
 * fresh network built from the model file, so the stored model never changes.
 */
export function traceInspection(
  model: ModelFile,
  batch: ResolvedBatch,
  settings: TraceSettings
): TraceInspection {
  const { layer } = settings
  if (layer !== undefined && layer > model.layers.length) {
    throw userError('inspect.layerRange', { layers: model.layers.length, layer })
  }
  const network = networkFromModelFile(model, createJsKernels('f64'))
  const trace = traceStep(
    network,
    batch.inputs,
    batch.targets,
    settings.learningRate,
    settings.regularization
  )
  return {
    loss: trace.loss,
    layers: layer === undefined ? trace.layers : [trace.layers[layer - 1]],
    epoch: settings.epoch,
    learningRate: settings.learningRate,
    l1: settings.regularization.l1,
    l2: settings.regularization.l2,
    precision: 'f64',
    rows: batch.rows,
    inputs: batch.inputs,
    targets: batch.targets,
    frozen: network.layers.map((dense, l) => ({
      layer: l + 1,
      weights: !dense.trainable.weights,
      biases: !dense.trainable.biases
    })),
    network: networkSpec(network)
  }
}
