import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version

/**
 * `bin/backprop-lab` starts the CLI on the project's own Node. Reached through a symlinked
 * checkout, the project's Node has two spellings (the link's and the real path Node reports as
 * its own); compared as text they never matched and the launcher started itself again forever.
 */
describe('the launcher through a symlinked checkout', () => {
  const folder = mkdtempSync(join(tmpdir(), 'backprop-lab-link-'))
  const linked = join(folder, 'app')
  symlinkSync(resolve('.'), linked)
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it.each([
    ['the Node on the PATH', process.execPath],
    ['the project’s Node, named through the link', join(linked, 'node_modules/node/bin/node')]
  ])('answers --version when started by %s', (_name, node) => {
    const result = spawnSync(node, [join(linked, 'bin/backprop-lab'), '--version'], {
      encoding: 'utf8',
      timeout: 60_000,
      killSignal: 'SIGKILL'
    })
    expect(result.error).toBeUndefined()
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout.trim()).toBe(version)
  })
})
