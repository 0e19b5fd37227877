import { describe, expect, it } from 'vitest'
import { newHome, runJson, startCli, stderrLines } from './support/cli'

const FASHION_TRAIN = '/work/shared/datasets/fashion-mnist/train-images-idx3-ubyte.gz'

/** Ctrl-C while `import` reads 60,000 images: exit 130, one line, nothing left in the lab. */
describe('Ctrl-C during import', () => {
  const home = newHome()

  it('says the import was cancelled and adds no dataset', async () => {
    const live = startCli(['import', FASHION_TRAIN, '--home', home, '--json'])
    await live.waitForLine((line) => line.event === 'progress')
    live.kill('SIGINT')
    const cancelled = await live.ended
    expect(stderrLines(cancelled)).toEqual(['cancelled; nothing was imported'])
    expect(cancelled.code).toBe(130)
    const listed = await runJson(home, ['datasets'])
    expect(listed.lines).toEqual([])
  })
})
