import type { Regularization } from '../../../shared/model/training'
import type { Diagnostics } from '../../../shared/model/inspect'
import { backward, createWorkspace, forward, type Matrix, type Network } from '../../engine'
import type { StoredNorms } from '../../db/internals-repo'
import { euclideanNorm } from './inspect-values'
import {
  EXPLODING_EPOCHS,
  explodingFindings,
  risingLossFindings,
  vanishingFindings,
  type EpochNorms
} from './training-findings'
import { unitFindings } from './unit-findings'

/** Rows in the probe batch the unit findings (and, without recorded norms, the gradients) use. */
export const PROBE_ROWS = 256

/** Epochs of recorded norms the gradient findings look back over. */
export const NORM_EPOCHS = EXPLODING_EPOCHS + 1

/** What the diagnostics look at. */
export interface DiagnosticsInput {
  /** The model as it stands (Float64). */
  network: Network
  /** Up to PROBE_ROWS preprocessed rows and their targets. */
  probe: Matrix
  probeTargets: Matrix
  regularization: Regularization
  epoch: number
  /** Per-layer norms of the last NORM_EPOCHS recorded epochs (empty for a run without them). */
  recentNorms: readonly StoredNorms[]
  trainLoss: readonly number[]
  learningRate: number
  defaultLearningRate: number
}

/**
 * Every finding on a run's model as it stands: dead and saturated units on the probe batch,
 * vanishing and exploding gradient norms (the recorded ones; for a run without them, the probe
 * batch's gradient at the current weights), and a loss rising under a large learning rate.
 */
export function diagnose(input: DiagnosticsInput): Diagnostics {
  const history = epochNorms(input.recentNorms)
  const latest = history.at(-1)?.norms ?? probeGradientNorms(input)
  return {
    epoch: input.epoch,
    probeRows: input.probe.rows,
    findings: [
      ...unitFindings(input.network, input.probe),
      ...vanishingFindings(latest),
      ...explodingFindings(history.length > 0 ? history : [{ epoch: input.epoch, norms: latest }]),
      ...risingLossFindings(input.trainLoss, input.learningRate, input.defaultLearningRate)
    ]
  }
}

/** Stored rows (by epoch, then layer) grouped into one entry per epoch. */
function epochNorms(rows: readonly StoredNorms[]): EpochNorms[] {
  const byEpoch = new Map<number, number[]>()
  for (const row of rows) {
    const norms = byEpoch.get(row.epoch) ?? []
    norms[row.layer - 1] = row.weightGradientNorm
    byEpoch.set(row.epoch, norms)
  }
  return [...byEpoch].map(([epoch, norms]) => ({ epoch, norms }))
}

/** ‖∂J/∂W(l)‖ of every layer on the probe batch at the current weights. */
function probeGradientNorms({
  network,
  probe,
  probeTargets,
  regularization
}: DiagnosticsInput): number[] {
  const workspace = createWorkspace(network, probe.rows)
  forward(network, probe, workspace)
  backward(network, probe, probeTargets, workspace, regularization)
  return network.layers.map((layer) => euclideanNorm(layer.weightGradients.data))
}
