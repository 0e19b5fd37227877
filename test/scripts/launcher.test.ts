import { spawn, spawnSync } from 'node:child_process'
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

/**
 * Started on another Node, the launcher runs the CLI in a child process on the project's Node.
 * Killed outright (SIGKILL, which it cannot pass on), it left that child serving on with nobody
 * to stop it.
 */
describe('the launcher killed outright', () => {
  const home = mkdtempSync(join(tmpdir(), 'backprop-lab-launcher-'))
  afterAll(() => rmSync(home, { recursive: true, force: true }))

  it('takes the CLI it started on the project’s Node with it', async () => {
    const launcher = spawn(
      '/usr/bin/node',
      ['bin/backprop-lab', 'serve', '--json', '--home', home],
      { stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let stderr = ''
    launcher.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    await new Promise<void>((resolve, reject) => {
      launcher.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('"listening"')) resolve()
      })
      launcher.on('exit', () => reject(new Error(`the launcher ended: ${stderr}`)))
    })
    const children = spawnSync('ps', ['-o', 'pid=', '--ppid', String(launcher.pid)], {
      encoding: 'utf8'
    })
    const child = Number(children.stdout.trim())
    expect(child).toBeGreaterThan(0)
    launcher.kill('SIGKILL')
    const alive = (): boolean => {
      try {
        process.kill(child, 0)
        return true
      } catch {
        return false
      }
    }
    for (let waited = 0; alive() && waited < 20_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const stillAlive = alive()
    if (stillAlive) process.kill(child, 'SIGKILL')
    expect(stillAlive).toBe(false)
  }, 60_000)
})
