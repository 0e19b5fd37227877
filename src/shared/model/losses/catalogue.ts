import type { ActivationName } from '../activations/catalogue'
import { binaryCrossEntropyRecord } from './binary-cross-entropy'
import { crossEntropyRecord } from './cross-entropy'
import { halfSquaredErrorRecord } from './half-squared-error'
import type { LossRecord } from './loss-record'

/**
 * The loss catalogue: one record per cost J (loss-record.ts says what a record holds). The
 * engine, the step-through, the equations, the model file's checks, the design checks and the
 * PyTorch training script read it; per-loss tables elsewhere are `satisfies Record<LossName, …>`.
 */
export const LOSS_CATALOGUE = {
  'half-squared-error': halfSquaredErrorRecord,
  'binary-cross-entropy': binaryCrossEntropyRecord,
  'cross-entropy': crossEntropyRecord
} as const satisfies Record<string, LossRecord>

/** Costs J over a batch (CONTRACTS.md section 1). */
export type LossName = keyof typeof LOSS_CATALOGUE

/** Every loss name, in the catalogue's order. */
export const LOSS_NAMES = Object.keys(LOSS_CATALOGUE) as [LossName, ...LossName[]]

/** The record of one loss. */
export function lossRecord(name: LossName): LossRecord {
  return LOSS_CATALOGUE[name]
}

/** True when the loss accepts this output activation. */
export function acceptsOutput(loss: LossName, output: ActivationName): boolean {
  const outputs = lossRecord(loss).outputs
  return outputs === 'any' || outputs.includes(output)
}
