import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { canMountTmpfs, mountTmpfs, remountTmpfs, unmountTmpfs } from '../support/tmpfs'
import { IRIS_CSV, newHome, runCli, runJson, stderrLines } from './support/cli'

/** `pack RUN… --out FILE.bplab` and `unpack FILE.bplab` (CONTRACTS.md section 4). */
describe('pack and unpack on the command line', () => {
  const home = newHome()
  const other = newHome()
  const folder = newHome()

  it('packs two runs into one file and unpacks them into another home under new ids', async () => {
    const first = await runJson(home, ['train', IRIS_CSV, '--epochs', '3', '--hidden', '5'])
    const second = await runJson(home, ['train', IRIS_CSV, '--epochs', '2', '--optimizer', 'sgd'])
    const ids = [first.lines.at(-1)!.runId, second.lines.at(-1)!.runId]
    const file = join(folder, 'two runs.bplab')
    const packed = await runJson(home, ['pack', ...ids, '--out', file])
    expect(packed.code, packed.stderr).toBe(0)
    expect(packed.lines[0]).toMatchObject({ event: 'done', runs: 2, experiments: 2, datasets: 1 })

    await runJson(other, ['train', IRIS_CSV, '--epochs', '1'])
    const unpacked = await runJson(other, ['unpack', file])
    expect(unpacked.code, unpacked.stderr).toBe(0)
    const done = unpacked.lines[0]
    expect(done.runs.map((run: { runId: string }) => run.runId)).toEqual(['r2', 'r3'])
    expect(done.datasets).toEqual([{ datasetId: 'd1', name: 'iris', reused: true }])
    const shown = await runJson(other, ['run', 'r2'])
    const original = await runJson(home, ['run', ids[0]])
    expect(shown.lines[0].metrics).toEqual(original.lines[0].metrics)
    expect(shown.lines[0].config).toEqual(original.lines[0].config)
    const human = await runCli(['unpack', file, '--home', other])
    expect(human.stdout).toContain('run r4 "')
  })

  it('says what is wrong with a file it cannot open, and with a task missing its text', async () => {
    const missing = await runJson(home, ['unpack', join(folder, 'nowhere.bplab')])
    expect(missing.code).toBe(1)
    expect(stderrLines(missing)[0]).toBe(`error: ${join(folder, 'nowhere.bplab')}: no such file`)
    const stray = await runJson(home, [
      'pack',
      'r1',
      '--out',
      join(folder, 'x.bplab'),
      '--lock',
      'hidden'
    ])
    expect(stray.code).toBe(2)
    expect(stderrLines(stray)[0]).toBe('error: --lock: a task needs --task or --task-zh')
  })

  describe('into a read-only folder', () => {
    const mounted = canMountTmpfs.ok ? mountTmpfs(4) : null
    afterAll(() => mounted && unmountTmpfs(mounted))

    // The file could not be opened there: the line named no file and advised another --home.
    it.runIf(mounted)('names the file it cannot write, and leaves nothing behind', async () => {
      remountTmpfs(mounted!, true)
      const file = join(mounted!, 'lesson.bplab')
      const refused = await runJson(home, ['pack', 'r1', '--out', file])
      expect(refused.code).toBe(1)
      expect(stderrLines(refused)).toEqual([`error: ${file}: it cannot be opened`])
      expect(existsSync(file)).toBe(false)
      expect(readdirSync(mounted!)).toEqual([])
    })
    if (!mounted) it(`a read-only folder: not run here (${canMountTmpfs.reason})`, () => undefined)
  })
})
