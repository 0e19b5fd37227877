import { describe, expect, it } from 'vitest'
import { collectDroppedFiles, filesFromList, type DropItem } from '@renderer/lib/data/drop-files'

/** A file entry as Chromium gives it for a file inside a dropped folder. */
function fileEntry(name: string): FileSystemFileEntry {
  const file = new File([name], name)
  return {
    isFile: true,
    isDirectory: false,
    name,
    file: (resolve: (file: File) => void) => setTimeout(() => resolve(file), 0)
  } as unknown as FileSystemFileEntry
}

/** A folder entry whose reader hands out `batch` entries per readEntries call, then an empty batch. */
function folderEntry(name: string, children: FileSystemEntry[], batch = 2) {
  const calls = { readEntries: 0 }
  const entry = {
    isFile: false,
    isDirectory: true,
    name,
    createReader: () => {
      let position = 0
      return {
        readEntries: (resolve: (entries: FileSystemEntry[]) => void) => {
          calls.readEntries++
          const next = children.slice(position, position + batch)
          position += next.length
          setTimeout(() => resolve(next), 0)
        }
      }
    }
  } as unknown as FileSystemDirectoryEntry
  return { entry, calls }
}

/** A DataTransferItem for a dropped entry, whose own File is `topLevel`. */
function item(entry: FileSystemEntry | null, topLevel: File): DropItem {
  return { kind: 'file', getAsFile: () => topLevel, webkitGetAsEntry: () => entry }
}

describe('collecting dropped files', () => {
  it('walks a dropped folder to every file with its path inside it, keeping the folder’s own File', async () => {
    const coat = folderEntry('coat', [fileEntry('1.png'), fileEntry('2.png'), fileEntry('3.png')])
    const shirt = folderEntry('shirt', [fileEntry('9.png')])
    const dirty = folderEntry('dirty', [coat.entry, fileEntry('.DS_Store'), shirt.entry])
    const folderFile = new File([], 'dirty')
    const items = [item(dirty.entry, folderFile)]
    const collecting = collectDroppedFiles({ items, files: [folderFile] })
    items.length = 0 // the browser empties the DataTransfer once the drop handler returns
    const files = await collecting
    expect(files.map((file) => file.relativePath)).toEqual([
      'dirty/coat/1.png',
      'dirty/coat/2.png',
      'dirty/coat/3.png',
      'dirty/shirt/9.png'
    ])
    expect(files.every((file) => file.topLevel === folderFile)).toBe(true)
    expect(files[3].file.name).toBe('9.png')
    // three files in batches of two: 2, 1, then the empty batch that ends the folder
    expect(coat.calls.readEntries).toBe(3)
  })

  it('takes a lone dropped file as the item’s own File, named by itself', async () => {
    const csv = new File(['a,b\n1,2\n'], 'iris.csv')
    const files = await collectDroppedFiles({
      items: [item(fileEntry('iris.csv'), csv)],
      files: [csv]
    })
    expect(files).toEqual([{ file: csv, relativePath: 'iris.csv' }])
  })

  it('falls back to the file list for a drop without entries: a name with / is a path in a folder', async () => {
    const coat = new File(['png'], 'dirty/coat/00017.png')
    const shirt = new File(['png'], 'dirty/shirt/00020.png')
    const files = await collectDroppedFiles({
      items: [item(null, coat), item(null, shirt)],
      files: [coat, shirt]
    })
    expect(files).toEqual([
      { file: coat, relativePath: 'dirty/coat/00017.png' },
      { file: shirt, relativePath: 'dirty/shirt/00020.png' }
    ])
  })

  it('reads a folder picker’s files by their webkitRelativePath and leaves hidden files out', () => {
    const picked = [new File(['png'], 'a.png'), new File([''], '.DS_Store')]
    Object.defineProperty(picked[0], 'webkitRelativePath', { value: 'set/cat/a.png' })
    Object.defineProperty(picked[1], 'webkitRelativePath', { value: 'set/.DS_Store' })
    expect(filesFromList(picked).map((file) => file.relativePath)).toEqual(['set/cat/a.png'])
  })
})
