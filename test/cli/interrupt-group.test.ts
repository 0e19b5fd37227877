import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { CLI, DIGITS_CSV, LiveCli, epochLines, newHome, stderrLines } from './support/cli'

const FASHION_TRAIN = '/work/shared/datasets/fashion-mnist/train-images-idx3-ubyte.gz'

/**
 * `backprop-lab ARGS --json` in a process group of its own, started by Debian's Node 20 (as a
 * user's `node` may be): the launcher starts the CLI again on the project's Node 22, in the same
 * group.
 */
function startInGroup(args: string[], home: string) {
  return spawn('/usr/bin/node', [CLI, ...args, '--home', home, '--json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, BACKPROP_LAB_HOME: undefined }
  })
}

/**
 * Ctrl-C sent to the whole process group, as `timeout -s INT` and job-control tools send it,
 * outside a terminal: the CLI hears it twice, from the group and passed on by the launcher
 * (bin/backprop-lab). That is one Ctrl-C: the run stops after its batch and is kept (it was
 * taken for the second, "quit at once" one: exit 130, the run left interrupted, no summary).
 */
describe('Ctrl-C to the process group, outside a terminal', () => {
  const home = newHome()

  it('stops train after the current batch, as one Ctrl-C', async () => {
    const child = startInGroup(['train', DIGITS_CSV, '--hidden', '64', '--epochs', '5000'], home)
    const live = new LiveCli(child)
    await live.waitForLine((line) => line.event === 'epoch')
    process.kill(-child.pid!, 'SIGINT')
    const stopped = await live.ended
    expect(stopped.code, stopped.stderr).toBe(0)
    expect(stopped.lines.at(-1)).toMatchObject({
      event: 'done',
      status: 'stopped',
      epochs: epochLines(stopped).at(-1)!.epoch
    })
  })

  it('cancels import, saying so, as one Ctrl-C', async () => {
    const child = startInGroup(['import', FASHION_TRAIN], home)
    const live = new LiveCli(child)
    await live.waitForLine((line) => line.event === 'progress')
    process.kill(-child.pid!, 'SIGINT')
    const cancelled = await live.ended
    expect(stderrLines(cancelled)).toEqual(['cancelled; nothing was imported'])
    expect(cancelled.code).toBe(130)
  })
})
