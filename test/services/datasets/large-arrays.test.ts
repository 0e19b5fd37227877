import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLab, type Lab } from '../../../src/main/lab'
import { readInt32, readStoredValues } from '../../../src/main/dataset-arrays/stored-arrays'
import { overrideLimit } from '../../../src/shared/limits'

const FASHION = '/work/shared/datasets/fashion-mnist'

let temp: string
let lab: Lab
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'backprop-lab-large-arrays-'))
  lab = openLab({ home: join(temp, 'home') })
  // NumPy writes Fashion-MNIST's 60,000 training images as one [60000 × 784] uint8 array.
  execFileSync(
    '/usr/bin/python3',
    [
      '-c',
      `
import gzip, numpy as np
X = np.frombuffer(gzip.open("${FASHION}/train-images-idx3-ubyte.gz").read()[16:], np.uint8).reshape(60000, 784)
y = np.frombuffer(gzip.open("${FASHION}/train-labels-idx1-ubyte.gz").read()[8:], np.uint8)
np.savez("fashion.npz", X=X, y=y)
np.save("small_X.npy", np.arange(600, dtype=np.float64).reshape(150, 4)); np.save("small_y.npy", np.arange(150) % 3)
`
    ],
    { cwd: temp, stdio: 'pipe' }
  )
}, 60_000)
afterAll(() => {
  lab.close()
  rmSync(temp, { recursive: true, force: true })
})

describe('numeric arrays beyond 20,000,000 values', () => {
  it('imports Fashion-MNIST as one .npz (47,040,000 values): every pixel and label as NumPy wrote it', async () => {
    const { dataset } = await lab.imports.importPath(join(temp, 'fashion.npz'))
    expect(dataset).toMatchObject({ rows: 60000, features: 784, kind: 'csv' })
    expect(dataset.classes).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
    expect(dataset.skipped).toEqual([])
    const files = lab.datasets.files(dataset.datasetId)
    const pixels = gunzipSync(readFileSync(`${FASHION}/train-images-idx3-ubyte.gz`)).subarray(16)
    const labels = gunzipSync(readFileSync(`${FASHION}/train-labels-idx1-ubyte.gz`)).subarray(8)
    const features = readStoredValues(files.features)
    expect(features).toBeInstanceOf(Float64Array)
    for (const row of [0, 1, 31337, 59999])
      expect(Array.from(features.subarray(row * 784, (row + 1) * 784))).toEqual(
        Array.from(pixels.subarray(row * 784, (row + 1) * 784))
      )
    // Classes are the label values sorted, so label k is class index k.
    expect(Array.from(readInt32(files.labels!))).toEqual(Array.from(labels))
  }, 120_000)

  it('still refuses an array over the lab’s limit on array values, naming it and the limit', async () => {
    overrideLimit('arrayValues', 500)
    try {
      await expect(
        lab.imports.importPath(join(temp, 'small_X.npy'), {
          labelsFile: join(temp, 'small_y.npy')
        })
      ).rejects.toThrow(
        `${join(temp, 'small_X.npy')}: 600 values is more than the 500 an array import reads; import a part, or save it as images or IDX`
      )
    } finally {
      overrideLimit('arrayValues', null)
    }
  })
})
