import { expect } from 'vitest'
import { UserError } from '../../../../src/shared/errors'
import type { SkippedItem } from '../../../../src/shared/model/skipped'
import { DATASETS } from './fixtures'

/**
 * What the image-folder importer's tests share: the sample folder with broken and odd-sized files,
 * and the helpers that read a dataset's rows and check a refusal.
 */

/** fashion-mnist-folders/dirty: Fashion-MNIST PNGs with a corrupt one and two colour JPEGs of other sizes. */
export const DIRTY = `${DATASETS}/fashion-mnist-folders/dirty`

/** Row `row` of a dataset's features (an image's pixel bytes). */
export function rowOf(
  features: Uint8Array | Float64Array,
  featureCount: number,
  row: number
): Uint8Array | Float64Array {
  return features.subarray(row * featureCount, (row + 1) * featureCount)
}

/** Awaits `promise`'s rejection and checks that it is a UserError with exactly `message`. */
export async function expectUserError(promise: Promise<unknown>, message: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (rejection: unknown) => rejection
  )
  expect(error).toBeInstanceOf(UserError)
  expect((error as Error).message).toBe(message)
}

/** A left-out file as the CLI lists it: its path and English reason. */
export function fileAndReason(item: SkippedItem): { file: string; reason: string } {
  return { file: item.file, reason: item.reason }
}
