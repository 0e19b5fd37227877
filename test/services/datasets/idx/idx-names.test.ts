import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLab, type Lab } from '../../../../src/main/lab'
import { importIdxFolder } from '../../../../src/main/services/datasets/idx/idx-importer'
import { splitForRun } from '../../../../src/main/dataset-arrays/run-data'
import { englishText } from '../../../../src/shared/messages'

const MNIST = '/work/shared/datasets/mnist'
const FASHION = '/work/shared/datasets/fashion-mnist'
const UPLOAD_ID = '5a53adb6-0c1e-4f7a-9a51-3d2f7f0c9e11'

/** An IDX file: magic number, int32 dimensions, then bytes (big-endian, as the format says). */
function idx(magic: number, dimensions: number[], values: number[]): Buffer {
  const header = Buffer.alloc(4 + 4 * dimensions.length)
  header.writeUInt32BE(magic, 0)
  dimensions.forEach((size, index) => header.writeUInt32BE(size, 4 + 4 * index))
  return Buffer.concat([header, Buffer.from(values)])
}

/** `count` 1×2 images and their labels. */
function pair(labels: number[]): { images: Buffer; labels: Buffer } {
  const pixels = labels.flatMap((label) => [label * 10, 255 - label])
  return {
    images: idx(0x803, [labels.length, 1, 2], pixels),
    labels: idx(0x801, [labels.length], labels)
  }
}

let temp: string
let lab: Lab
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'backprop-lab-idx-names-'))
  lab = openLab({ home: join(temp, 'home') })
})
afterAll(() => {
  lab.close()
  rmSync(temp, { recursive: true, force: true })
})

/** A folder with the train and t10k pairs (train labels 0,1,2,0,1,2; t10k labels 2,1,0). */
function digitsFolder(name: string, classesTxt?: string): string {
  const folder = join(temp, name)
  mkdirSync(folder, { recursive: true })
  const train = pair([0, 1, 2, 0, 1, 2])
  const test = pair([2, 1, 0])
  writeFileSync(join(folder, 'train-images-idx3-ubyte'), train.images)
  writeFileSync(join(folder, 'train-labels-idx1-ubyte'), train.labels)
  writeFileSync(join(folder, 't10k-images-idx3-ubyte'), test.images)
  writeFileSync(join(folder, 't10k-labels-idx1-ubyte'), test.labels)
  if (classesTxt !== undefined) writeFileSync(join(folder, 'classes.txt'), classesTxt)
  return folder
}

describe('IDX dataset names', () => {
  it('names the MNIST t10k pair dropped in browser mode mnist-t10k, not the upload folder id', async () => {
    const upload = join(temp, 'uploads', UPLOAD_ID)
    mkdirSync(upload, { recursive: true })
    for (const name of ['t10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz'])
      copyFileSync(join(MNIST, name), join(upload, name))
    const dataset = await importIdxFolder(upload)
    expect(dataset.name).toBe('mnist-t10k')
    expect(dataset.classes).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
    // One part alone has no test set of its own: runs split it like any data.
    expect(dataset.testFrom).toBeUndefined()
  })

  it('names unknown pairs after their folder, and one pair after its part', async () => {
    const folder = digitsFolder('my-digits')
    expect((await importIdxFolder(folder)).name).toBe('my-digits')
    const single = await lab.imports.importPath(join(folder, 't10k-images-idx3-ubyte'))
    expect(single.dataset.name).toBe('my-digits-t10k')
  })
})

describe('IDX class names', () => {
  it('takes class names from classes.txt beside the files, line k naming label k', async () => {
    const dataset = await importIdxFolder(digitsFolder('named', 'zero\none\r\ntwo\n\n'))
    expect(dataset.classes).toEqual(['zero', 'one', 'two'])
    expect(dataset.notes.map(englishText)).toContain('class names from classes.txt')
  })

  it('refuses a classes.txt with too few names, naming the file', async () => {
    const folder = digitsFolder('short', 'zero\none\n')
    await expect(importIdxFolder(folder)).rejects.toThrow(
      `${join(folder, 'classes.txt')}: has 2 class names, but the labels go up to 2 (line k names label k−1, one name per line)`
    )
  })

  it('renames classes of a stored dataset; the folder description keeps them', async () => {
    const { dataset } = await lab.imports.importPath(digitsFolder('to-rename'))
    const renamed = lab.datasets.renameClasses(dataset.datasetId, ['nought', 'one', 'two'])
    expect(renamed.classes).toEqual(['nought', 'one', 'two'])
    expect(lab.db.datasets.get(dataset.datasetId)!.classes).toEqual(['nought', 'one', 'two'])
    const description = JSON.parse(
      readFileSync(join(temp, 'home', 'datasets', dataset.datasetId, 'dataset.json'), 'utf8')
    )
    expect(description.classes).toEqual(['nought', 'one', 'two'])
    expect(() => lab.datasets.renameClasses(dataset.datasetId, ['a', 'b'])).toThrow(
      `classes: dataset ${dataset.datasetId} has 3 classes, got 2 names`
    )
    expect(() => lab.datasets.renameClasses(dataset.datasetId, ['a', 'a', 'b'])).toThrow(
      'classes: "a" names two classes; each name must be different'
    )
  })
})

describe('the official split', () => {
  it('keeps t10k as the test set of a stored train + t10k folder; the rest is split as asked', async () => {
    const { dataset } = await lab.imports.importPath(digitsFolder('split'))
    const loaded = lab.datasets.load(dataset.datasetId)
    expect(loaded.testFrom).toBe(6)
    const split = splitForRun(9, [0.5, 0.5, 0.5], 42, loaded.labels, loaded.testFrom)
    expect(Array.from(split.test)).toEqual([6, 7, 8])
    expect([...split.train, ...split.validation].sort()).toEqual([0, 1, 2, 3, 4, 5])
    expect(split.train.length).toBe(3)
    // The summary the screens read says so: 3 test rows (labels 2, 1, 0), one of each class.
    const officialTest = { rows: 3, classCounts: [1, 1, 1] }
    expect(lab.datasets.summary(dataset.datasetId).officialTest).toEqual(officialTest)
    expect(lab.datasets.list().find((each) => each.datasetId === dataset.datasetId)).toMatchObject({
      officialTest
    })
    // A single pair has no test set of its own.
    const single = join(temp, 'single')
    mkdirSync(single)
    for (const name of ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte'])
      copyFileSync(join(temp, 'split', name), join(single, name))
    const alone = await lab.imports.importPath(join(single, 'train-images-idx3-ubyte'))
    expect(lab.datasets.summary(alone.dataset.datasetId).officialTest).toBeUndefined()
  })

  it('keeps Fashion-MNIST 60,000/10,000 when its folder is imported', async () => {
    const { dataset } = await lab.imports.importPath(FASHION)
    const loaded = lab.datasets.load(dataset.datasetId)
    expect(loaded.testFrom).toBe(60000)
    const split = splitForRun(loaded.summary.rows, [0.8, 0.2], 7, loaded.labels, loaded.testFrom)
    expect(split.test.length).toBe(10000)
    expect(split.test[0]).toBe(60000)
    expect(split.train.length + split.validation.length).toBe(60000)
    expect(split.train.length).toBe(48000)
    expect(lab.datasets.summary(dataset.datasetId).officialTest?.rows).toBe(10000)
  }, 60_000)
})
