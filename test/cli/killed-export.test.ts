import { existsSync, mkdirSync, readdirSync, statSync, watch } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { HOOK_TIMEOUT_MS, newHome, runJson, startCli } from './support/cli'

const APPLES = '/work/shared/datasets/fruits360-apple-vs-other/photos'

/** `export` of the run's model and training rows into `out`. */
const exportTo = (out: string) => [
  'export',
  'r1',
  '--format',
  'pytorch',
  '--with-data',
  '--out',
  out
]

/** Every file of a folder with its size. */
function sizes(folder: string): Record<string, number> {
  return Object.fromEntries(
    readdirSync(folder).map((name) => [name, statSync(join(folder, name)).size])
  )
}

/**
 * An export killed while it writes never leaves a folder that looks finished (once 1 kill in 14
 * left a truncated data.npz beside a complete README): the out folder appears complete, or not
 * at all. Each kill lands the moment the export's first file or folder appears on disk.
 */
describe('a killed export', () => {
  const home = newHome()
  let complete: Record<string, number>

  beforeAll(async () => {
    // 326 photos of 100×100×3: a data.npz of about 39 MB, long enough to kill mid-write.
    expect((await runJson(home, ['import', APPLES])).code).toBe(0)
    expect((await runJson(home, ['train', 'd1', '--hidden', '', '--epochs', '1'])).code).toBe(0)
    const reference = join(home, 'reference')
    const exported = await runJson(home, exportTo(reference))
    expect(exported.code, exported.stderr).toBe(0)
    complete = sizes(reference)
    expect(complete['data.npz']).toBeGreaterThan(30_000_000)
  }, HOOK_TIMEOUT_MS)

  it.each([1, 2])('kill %i: the out folder is complete or absent', async (trial) => {
    const parent = join(home, `kill-${trial}`)
    const out = join(parent, 'export')
    mkdirSync(parent)
    const live = startCli([...exportTo(out), '--home', home, '--json'])
    const watcher = watch(parent, () => live.kill('SIGKILL'))
    try {
      const ended = await live.ended
      expect(ended.signal).toBe('SIGKILL')
    } finally {
      watcher.close()
    }
    if (existsSync(out)) expect(sizes(out)).toEqual(complete)
    // Whatever was left is hidden and says it is partial.
    for (const name of readdirSync(parent).filter((entry) => entry !== 'export'))
      expect(name).toMatch(/^\.export\.partial-[0-9a-f]{8}$/)
  })
})
