import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TEXTBOOK_MODEL, epochLines, newHome, runJson } from './support/cli'

/**
 * Issue 16, "Exact values": a CSV keeps its parsed numbers in Float64 in the store, so the
 * textbook 2-2-2 worked example typed as a one-row CSV trains in Float64 to the same J as the
 * step computed from the exact inputs: epoch 2's trainLoss (J before the second update) is
 * 0.291027773694. When the store rounded 0.05 and 0.1 to Float32 it was 0.2910277759.
 */
describe('a one-row CSV of the worked example trains on its exact values', () => {
  const home = newHome()

  it('train --precision f64 gives epoch 2’s loss 0.291027773694', async () => {
    const csv = join(home, 'worked-example.csv')
    writeFileSync(csv, 'x1,x2,t1,t2\n0.05,0.1,0.01,0.99\n')
    const result = await runJson(home, [
      'train',
      csv,
      '--targets',
      't1,t2',
      '--init-model',
      TEXTBOOK_MODEL,
      '--precision',
      'f64',
      '--optimizer',
      'sgd',
      '--lr',
      '0.5',
      '--batch',
      'full',
      '--split',
      '1',
      '--normalize',
      'none',
      '--epochs',
      '2'
    ])
    expect(result.code, result.stderr).toBe(0)
    const [first, second] = epochLines(result)
    expect(first.trainLoss).toBeCloseTo(0.298371108760003, 14)
    expect(second.trainLoss).toBeCloseTo(0.291027773694, 12)
  })
})
