import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  HOOK_TIMEOUT_MS,
  IRIS_CSV,
  doneLine,
  newHome,
  runCli,
  runJson,
  type CliResult
} from './support/cli'

/** `import` of the table formats through the command line, with their options. */
describe('import of every table format', () => {
  const folder = newHome('backprop-lab-formats-')
  const results: Record<string, CliResult> = {}

  beforeAll(async () => {
    mkdirSync(join(folder, 'labels'))
    execFileSync('/usr/bin/python3', [
      '-c',
      `
import csv, numpy as np
rows = list(csv.reader(open(${JSON.stringify(IRIS_CSV)})))[1:]
X = np.array([[float(v) for v in r[:4]] for r in rows], dtype=np.float32)
y = np.array([r[4] for r in rows])
np.save(${JSON.stringify(join(folder, 'features.npy'))}, X)
np.save(${JSON.stringify(join(folder, 'labels', 'species.npy'))}, y)
np.savez(${JSON.stringify(join(folder, 'export.npz'))}, inputs=X, targets=np.eye(3)[np.unique(y, return_inverse=True)[1]])
np.save(${JSON.stringify(join(folder, 'cube.npy'))}, np.zeros((4, 2, 2)))
`
    ])
    writeFileSync(join(folder, 'iris.csv.gz'), gzipSync(readFileSync(IRIS_CSV)))
    const home = newHome()
    results.npy = await runJson(home, [
      'import',
      join(folder, 'features.npy'),
      '--labels',
      join(folder, 'labels', 'species.npy')
    ])
    results.npz = await runJson(home, ['import', join(folder, 'export.npz')])
    results.gz = await runJson(home, ['import', join(folder, 'iris.csv.gz')])
    results.cube = await runCli([
      'import',
      join(folder, 'cube.npy'),
      '--labels',
      join(folder, 'labels', 'species.npy'),
      '--home',
      home
    ])
  }, HOOK_TIMEOUT_MS)

  it('imports a .npy with --labels FILE', () => {
    expect(results.npy.code, results.npy.stderr).toBe(0)
    expect(doneLine(results.npy)).toMatchObject({
      rows: 150,
      features: 4,
      classes: ['setosa', 'versicolor', 'virginica'],
      notes: ['labels from species.npy', '1 row repeats an earlier row']
    })
  })

  it('imports our own exports’ data.npz: inputs with one-hot targets become classes', () => {
    expect(results.npz.code, results.npz.stderr).toBe(0)
    expect(doneLine(results.npz)).toMatchObject({
      rows: 150,
      features: 4,
      classes: ['0', '1', '2'],
      notes: [
        'arrays "inputs" (features) and "targets" (labels) of inputs, targets',
        '1 row repeats an earlier row'
      ]
    })
  })

  it('imports a gzipped CSV', () => {
    expect(results.gz.code, results.gz.stderr).toBe(0)
    expect(doneLine(results.gz)).toMatchObject({ name: 'iris', rows: 150, features: 4 })
  })

  it('refuses a 3-D array in one line, exit 1', () => {
    expect(results.cube.code).toBe(1)
    expect(results.cube.stderr.trim()).toBe(
      `error: ${join(folder, 'cube.npy')}: a 3-D array (shape 4×2×2); features must be a 2-D array [rows × features]: reshape it first, e.g. x.reshape(len(x), -1)`
    )
  })
})
