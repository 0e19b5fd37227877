import { afterEach, describe, expect, it } from 'vitest'
import type { Checkpoint } from '../../src/main/db/checkpoint-repo'
import { openLabDatabase, type LabDatabase } from '../../src/main/db/lab-database'
import { datasetRow, insertRun, newDatabaseFile } from './support/fixtures'

/** The exact bytes of a float array, so −0, subnormals and NaN payloads count. */
function bytes(array: Float32Array | Float64Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength)
}

/** Values that lose bits in any careless conversion (through JSON, f64 → f32, or rounding). */
const AWKWARD = [0.1, -0, 1e-45, -3.4e38, Math.PI, 1 / 3, 5e-324, 123456.789]

/** Views into a larger buffer at an odd float offset, as a trainer's flat storage can hand out. */
function views<T extends Float32Array | Float64Array>(
  make: (length: number) => T,
  lengths: number[]
): T[] {
  const all = make(lengths.reduce((sum, n) => sum + n, 0) + 1)
  all.forEach((_, i) => (all[i] = AWKWARD[i % AWKWARD.length] * (i + 1)))
  let offset = 1
  return lengths.map((length) => {
    const view = all.subarray(offset, offset + length) as T
    offset += length
    return view
  })
}

describe('checkpoints', () => {
  let db: LabDatabase
  afterEach(() => db.close())

  function runId(): string {
    db = openLabDatabase(newDatabaseFile().file)
    return insertRun(db, db.datasets.insert(datasetRow('data'))).runId
  }

  for (const precision of ['f32', 'f64'] as const) {
    it(`a ${precision} checkpoint comes back bit for bit: parameters, optimizer slots, step and rng`, () => {
      const id = runId()
      const make = (length: number) =>
        precision === 'f64' ? new Float64Array(length) : new Float32Array(length)
      const parameters = views(make, [6, 2, 2, 1])
      // Adam-like: two slots per parameter, except one frozen parameter without slots
      const optimizerSlots = parameters.map((p, k) =>
        k === 3 ? [] : views(make, [p.length, p.length])
      )
      const checkpoint: Checkpoint = {
        epoch: 7,
        precision,
        parameters: parameters as Float32Array[] | Float64Array[],
        optimizerStep: 91,
        optimizerSlots,
        rng: { kind: 'xoshiro128**', words: [1, 2 ** 32 - 1, 0, 12345] }
      }
      db.checkpoints.save(id, checkpoint)
      const restored = db.checkpoints.latest(id)!
      expect(restored.epoch).toBe(7)
      expect(restored.precision).toBe(precision)
      expect(restored.optimizerStep).toBe(91)
      expect(restored.rng).toEqual(checkpoint.rng)
      expect(restored.parameters.map((p) => p.constructor)).toEqual(
        parameters.map((p) => p.constructor)
      )
      expect(restored.parameters.map(bytes)).toEqual(parameters.map(bytes))
      expect(restored.optimizerSlots.map((slots) => slots.map(bytes))).toEqual(
        optimizerSlots.map((slots) => slots.map(bytes))
      )
    })
  }

  it('keeps every epoch it is given until told to delete some; reads any one of them', () => {
    const id = runId()
    for (let epoch = 0; epoch <= 25; epoch++) {
      db.checkpoints.save(id, {
        epoch,
        precision: 'f32',
        parameters: [Float32Array.of(epoch, -epoch)],
        optimizerStep: epoch,
        optimizerSlots: [[Float32Array.of(0.5, 0.25)]],
        rng: null
      })
    }
    expect(db.checkpoints.epochs(id)).toHaveLength(26)
    db.checkpoints.delete(id, [1, 2, 3, 24])
    expect(db.checkpoints.epochs(id).slice(0, 3)).toEqual([0, 4, 5])
    expect(db.checkpoints.epochs(id).slice(-2)).toEqual([23, 25])
    expect(Array.from(db.checkpoints.at(id, 7)!.parameters[0])).toEqual([7, -7])
    expect(db.checkpoints.at(id, 7)!.optimizerStep).toBe(7)
    expect(db.checkpoints.at(id, 24)).toBeUndefined()
    expect(db.checkpoints.latest(id)!.epoch).toBe(25)
    // two parameters and two slot values, four bytes each
    expect(db.checkpoints.bytesEach(id)).toBe(16)
  })

  it('a run without checkpoints has none', () => {
    const id = runId()
    expect(db.checkpoints.latest(id)).toBeUndefined()
    expect(db.checkpoints.epochs(id)).toEqual([])
  })
})
