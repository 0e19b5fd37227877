import type { Regularization } from '../../../shared/model/training'
import type { BatchGradients } from '../../../shared/model/inspect'
import type { InputStep } from '../../engine/preprocess'
import type { RunConfig } from '../../../shared/model/run'
import { backward, batchCost, createWorkspace, forward, Rng, type Network } from '../../engine'
import { valueRange } from '../../engine/histogram'
import { SHUFFLE_SEED_OFFSET } from '../../worker/training-session'
import { euclideanNorm, flatMatrix, layerOf } from './inspect-values'
import type { RunRows } from './run-rows'

/** The most rows a batch's gradients are computed over (a bigger batch, e.g. a full one, is cut). */
export const MAX_GRADIENT_BATCH = 1024

/**
 * The rows of the first batch of a run's first epoch, in the order the worker trained them: the
 * training rows, shuffled by the run's shuffling Rng when the run shuffles, the first batch-size
 * of them (at most MAX_GRADIENT_BATCH).
 */
export function firstBatchRows(
  config: RunConfig,
  seed: number,
  trainRows: Int32Array
): { rows: number[]; truncated: boolean } {
  const order = trainRows.slice()
  if (config.shuffle) new Rng(seed + SHUFFLE_SEED_OFFSET).shuffle(order)
  const size = Math.min(config.batchSize === 'full' ? order.length : config.batchSize, order.length)
  return {
    rows: Array.from(order.subarray(0, Math.min(size, MAX_GRADIENT_BATCH))),
    truncated: size > MAX_GRADIENT_BATCH
  }
}

/** Which batch and what it is trained with. */
export interface GradientBatch {
  rows: number[]
  truncated: boolean
  regularization: Regularization
  /** The model's input step (features and preprocessing). */
  step: InputStep
  epoch: number
}

/**
 * ∂J/∂W(l) and ∂J/∂b(l) of one layer on a batch at the network's current weights (forward, then
 * the engine's backward; J with the run's L1 and L2 terms). Only the network's gradient buffers change.
 */
export function batchGradients(
  network: Network,
  rows: RunRows,
  layer: number,
  batch: GradientBatch
): BatchGradients {
  const dense = layerOf(network, layer)
  const outputUnits = network.layers[network.layers.length - 1].units
  const inputs = rows.inputMatrix(network.kernels, batch.rows, batch.step)
  const targets = rows.targetMatrix(network.kernels, batch.rows, outputUnits)
  const workspace = createWorkspace(network, batch.rows.length)
  forward(network, inputs, workspace)
  const loss = batchCost(network, workspace, targets, batch.regularization)
  backward(network, inputs, targets, workspace, batch.regularization)
  return {
    epoch: batch.epoch,
    layer,
    rows: batch.rows,
    truncated: batch.truncated,
    loss,
    weightGradients: flatMatrix(dense.weightGradients),
    biasGradients: Array.from(dense.biasGradients),
    weightGradientRange: valueRange(dense.weightGradients.data),
    weightGradientNorm: euclideanNorm(dense.weightGradients.data),
    biasGradientNorm: euclideanNorm(dense.biasGradients)
  }
}
