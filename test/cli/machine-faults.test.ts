import { writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { canMountTmpfs, mountTmpfs, remountTmpfs, unmountTmpfs } from '../support/tmpfs'
import { IRIS_CSV, WINE_CSV, newHome, runCli, stderrLines, type CliResult } from './support/cli'

/** One line on stderr naming what and where, exit 1, nothing on stdout, no stack. */
function expectOneLine(result: CliResult, message: string): void {
  expect(result.code, result.stderr).toBe(1)
  expect(stderrLines(result)).toEqual([`error: ${message}`])
  expect(result.stdout).toBe('')
}

/**
 * Faults of the machine, not of the user's input: each is one line naming the file or port and
 * what to do, exit 1, never "internal error (please report it)" with a stack.
 */
describe('a home or port the lab cannot use', () => {
  const home = newHome()

  it('a home that cannot be created (under /proc) is one line, at once', async () => {
    expectOneLine(
      await runCli(['datasets', '--home', '/proc/backprop-lab-home']),
      "cannot create the lab's home folder /proc/backprop-lab-home (ENOENT); choose another with --home DIR or BACKPROP_LAB_HOME"
    )
    const file = join(home, 'a-file')
    writeFileSync(file, 'x')
    expectOneLine(
      await runCli(['datasets', '--home', join(file, 'lab')]),
      `cannot create the lab's home folder ${join(file, 'lab')} (${file} is a file); choose another with --home DIR or BACKPROP_LAB_HOME`
    )
  })

  it('a corrupt database is named, with what to do', async () => {
    const corrupt = join(home, 'corrupt')
    expect((await runCli(['import', IRIS_CSV, '--home', corrupt])).code).toBe(0)
    writeFileSync(join(corrupt, 'lab.sqlite'), 'this was a database once, before a bad sync')
    for (const args of [['datasets'], ['runs'], ['import', WINE_CSV]])
      expectOneLine(
        await runCli([...args, '--home', corrupt]),
        `${join(corrupt, 'lab.sqlite')}: is not a Backprop Lab database (it is damaged, or another kind of file); move it aside to start an empty lab (its dataset folders can be added back), or use another --home`
      )
  })

  it('a port in use is named', async () => {
    const taken = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    const port = (taken.address() as { port: number }).port
    try {
      expectOneLine(
        await runCli(['serve', '--port', String(port), '--home', home]),
        `port ${port} on 127.0.0.1 is in use (another serve?); choose another with --port, or leave --port out for a free one`
      )
    } finally {
      taken.close()
    }
  })

  describe('a read-only home', () => {
    const mounted = canMountTmpfs.ok ? mountTmpfs(16) : null
    afterAll(() => mounted && unmountTmpfs(mounted))

    it.runIf(mounted)('is named, for reading and for writing', async () => {
      expect((await runCli(['import', IRIS_CSV, '--home', mounted!])).code).toBe(0)
      remountTmpfs(mounted!, true)
      for (const args of [['datasets'], ['import', WINE_CSV]])
        expectOneLine(
          await runCli([...args, '--home', mounted!]),
          `${join(mounted!, 'lab.sqlite')}: cannot be opened (a read-only or missing folder, or no permission); use a writable folder (--home DIR or BACKPROP_LAB_HOME)`
        )
    })
    if (!mounted) it(`a read-only home: not run here (${canMountTmpfs.reason})`, () => undefined)
  })
})
