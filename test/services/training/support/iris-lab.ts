import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { openLab, type Lab } from '../../../../src/main/lab'
import { completeRunConfig } from '../../../../src/shared/model/run-defaults'
import type { RunConfig } from '../../../../src/shared/model/run'

export const IRIS_CSV = '/work/shared/datasets/iris/iris.csv'

/** A lab in a temporary home with iris imported, for the tests of one file. */
export function irisLab(): { lab: () => Lab; datasetId: () => string } {
  let home = ''
  let lab: Lab
  let datasetId = ''
  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'backprop-lab-time-'))
    lab = openLab({ home })
    datasetId = (await lab.imports.importPath(IRIS_CSV)).dataset.datasetId
  })
  afterAll(() => {
    lab.close()
    rmSync(home, { recursive: true, force: true })
  })
  return { lab: () => lab, datasetId: () => datasetId }
}

/** An iris config: 8 hidden units, the rest as given (120 training rows). */
export function irisConfig(given: Partial<RunConfig>): RunConfig {
  return completeRunConfig({ hidden: [8], ...given }, 120)
}

/** The exact bytes of a list of float arrays. */
export function bytesOf(arrays: readonly (Float32Array | Float64Array)[]): Buffer {
  return Buffer.concat(arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)))
}
