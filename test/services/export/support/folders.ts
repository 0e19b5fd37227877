import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'

/**
 * A fresh temporary folder for one test file, removed after its tests. `folder(name)` gives a
 * path inside it that does not exist yet (an export creates it).
 */
export function temporaryFolders(prefix: string): (name: string) => string {
  const root = mkdtempSync(join(tmpdir(), `backprop-lab-${prefix}-`))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  let counter = 0
  return (name: string) =>
    join(root, `${String(++counter).padStart(2, '0')}-${name.replace(/[^\w-]+/g, '_')}`)
}
