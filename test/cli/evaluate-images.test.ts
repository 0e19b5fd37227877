import { describe, expect, it } from 'vitest'
import { FASHION_SMALL_FOLDER, newHome, runCli, runJson, stderrLines } from './support/cli'

const FASHION_TEST_IDX = '/work/shared/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz'

/**
 * `evaluate MODEL DATA` takes what `import` reads, image folders and IDX files too (they were
 * read as CSV: "is a folder, not a CSV file", or a line of binary); `predict --input-file`
 * says it reads tables of rows and points to evaluate.
 */
describe('evaluate and predict on images', () => {
  const home = newHome()

  it('evaluate on an IDX file gives the figures of its dataset', async () => {
    const trained = await runJson(home, [
      'train',
      FASHION_TEST_IDX,
      '--hidden',
      '16',
      '--epochs',
      '1'
    ])
    expect(trained.code, trained.stderr).toBe(0)
    const onFile = await runJson(home, ['evaluate', 'r1', FASHION_TEST_IDX])
    expect(onFile.code, onFile.stderr).toBe(0)
    expect(stderrLines(onFile)).toEqual([expect.stringMatching(/^using dataset d1 /)])
    const onDataset = await runJson(home, ['evaluate', 'r1', 'd1'])
    const { source: _file, ...fileFigures } = onFile.lines[0]
    const { source: _dataset, ...datasetFigures } = onDataset.lines[0]
    expect(fileFigures.rows).toBe(10_000)
    expect(fileFigures).toEqual(datasetFigures)
  })

  it('evaluate on an image folder imports it and evaluates every image', async () => {
    const trained = await runJson(home, ['train', FASHION_SMALL_FOLDER, '--epochs', '1'])
    expect(trained.code, trained.stderr).toBe(0)
    const evaluated = await runJson(home, ['evaluate', 'r2', FASHION_SMALL_FOLDER])
    expect(evaluated.code, evaluated.stderr).toBe(0)
    expect(evaluated.lines[0]).toMatchObject({ rows: 300, leftOut: [] })
  })

  it('predict --input-file on images says where they go', async () => {
    for (const images of [FASHION_TEST_IDX, FASHION_SMALL_FOLDER]) {
      const result = await runCli(['predict', 'r1', '--input-file', images, '--home', home])
      expect(stderrLines(result)).toEqual([
        `error: ${images}: images (a folder or an IDX file) are not read as rows to predict; evaluate the model on them, or give a table of input rows (CSV, JSON, Excel, Parquet, NumPy)`
      ])
      expect(result.code).toBe(1)
    }
  })
})
