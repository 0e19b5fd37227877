import { mkdirSync, mkdtempSync, existsSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { removeStaleFolders, STALE_AFTER_MS } from '../../src/main/web/stale-folders'

describe('removeStaleFolders', () => {
  it('removes upload folders untouched for longer than a week and keeps recent ones', () => {
    const root = mkdtempSync(join(tmpdir(), 'stale-'))
    const old = join(root, 'old-upload')
    const recent = join(root, 'recent-upload')
    for (const folder of [old, recent]) {
      mkdirSync(folder)
      writeFileSync(join(folder, 'iris.csv'), 'a,b\n1,2\n')
    }
    const now = Date.now()
    const eightDaysAgo = (now - STALE_AFTER_MS - 24 * 60 * 60 * 1000) / 1000
    utimesSync(old, eightDaysAgo, eightDaysAgo)
    removeStaleFolders(root, STALE_AFTER_MS, now)
    expect(existsSync(old)).toBe(false)
    expect(existsSync(join(recent, 'iris.csv'))).toBe(true)
  })

  it('does nothing when the folder does not exist yet', () => {
    expect(() => removeStaleFolders(join(tmpdir(), 'no-such-folder-for-stale-test'))).not.toThrow()
  })
})
