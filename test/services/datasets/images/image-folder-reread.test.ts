import { afterEach, describe, expect, it, vi } from 'vitest'
import { importImageFolder } from '../../../../src/main/services/datasets/images/image-folder-importer'
import { KeptBytes } from '../../../../src/main/services/datasets/images/kept-bytes'
import { DIRTY } from './folder-import-support'

afterEach(() => vi.restoreAllMocks())

describe('files past the kept-bytes budget', () => {
  it('are read again for decoding, with the same rows, notes and skipped files', async () => {
    // The sample folders fit the budget, so every file is decoded from its kept bytes...
    const kept = await importImageFolder(DIRTY)
    // ...unless nothing is kept, as happens to the files past the budget of a large folder.
    const keep = vi.spyOn(KeptBytes.prototype, 'keep').mockReturnValue(null)
    const readAgain = await importImageFolder(DIRTY)
    expect(keep).toHaveBeenCalled()
    expect(readAgain).toEqual(kept)
    // The sample's corrupt PNG is still left out, named.
    expect(readAgain.skipped.map((item) => item.file)).toContain('coat/00378-corrupt-truncated.png')
  })
})
