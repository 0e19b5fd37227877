import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { IRIS_CSV, WINE_CSV, newHome, runCli, runJson, stderrLines } from './support/cli'

/** The command line on a home whose lab.sqlite was lost while its dataset folders stayed. */
describe('datasets on a database that lost its datasets', () => {
  const home = newHome()

  it('names the folders it found and registers them again with --restore', async () => {
    for (const file of [IRIS_CSV, WINE_CSV])
      expect((await runJson(home, ['import', file])).code).toBe(0)
    for (const suffix of ['', '-wal', '-shm'])
      rmSync(join(home, `lab.sqlite${suffix}`), { force: true })

    const listed = await runCli(['datasets', '--home', home])
    expect(listed.code, listed.stderr).toBe(0)
    expect(listed.stdout).toBe('No datasets yet. Import one with: backprop-lab import PATH\n')
    expect(stderrLines(listed)).toEqual([
      `note: 2 dataset folders are in ${join(home, 'datasets')} not in ${join(home, 'lab.sqlite')} (d1 iris, d2 wine); register them again with: backprop-lab datasets --restore`
    ])

    const restored = await runJson(home, ['datasets', '--restore'])
    expect(restored.code, restored.stderr).toBe(0)
    expect(stderrLines(restored)).toEqual(['registered again: d1 iris, d2 wine'])
    expect(restored.lines.map((line) => [line.datasetId, line.name, line.rows])).toEqual([
      ['d1', 'iris', 150],
      ['d2', 'wine', 178]
    ])
    const trained = await runJson(home, ['train', 'd2', '--epochs', '2'])
    expect(trained.code, trained.stderr).toBe(0)
  })
})
