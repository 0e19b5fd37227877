import type { DroppedFile } from '@renderer/api/lab'

/** The parts of a DataTransferItem a drop needs (the browser's own type, or a test's stand-in). */
export type DropItem = Pick<DataTransferItem, 'kind' | 'getAsFile'> & {
  webkitGetAsEntry?: () => FileSystemEntry | null
}

/** What a drop carries: its items (with file-system entries where the browser gives them) and files. */
export interface DropSource {
  items?: ArrayLike<DropItem> | null
  files: ArrayLike<File>
}

/** A dropped item grabbed synchronously: its entry (file or folder) and the File of the item itself. */
interface GrabbedItem {
  entry: FileSystemEntry
  topLevel: File | null
}

/**
 * Collects the files of a drop with their paths inside the dropped folders (`coat/00017.png`).
 * Everything is taken from the DataTransfer synchronously (it is emptied once the drop handler
 * returns), then folders are walked. A dropped folder's own File is kept on each of its files as
 * `topLevel`, since the desktop app imports the folder in place from that File's path. A drop
 * without entries (a synthetic one, as in tests) falls back to `files`, where a name containing
 * `/` is a path inside a dropped folder.
 */
export function collectDroppedFiles(source: DropSource): Promise<DroppedFile[]> {
  const grabbed: GrabbedItem[] = []
  for (const item of Array.from(source.items ?? [])) {
    if (item.kind !== 'file') continue
    const entry = item.webkitGetAsEntry?.() ?? null
    if (entry) grabbed.push({ entry, topLevel: item.getAsFile() })
  }
  const files = Array.from(source.files)
  if (grabbed.length === 0) return Promise.resolve(filesFromList(files))
  return walkItems(grabbed)
}

/**
 * Files from a file list (a synthetic drop, or an `<input type="file" webkitdirectory>`), using
 * the folder path the browser gives (`webkitRelativePath`) or a name that already holds one.
 */
export function filesFromList(files: readonly File[]): DroppedFile[] {
  return files
    .map((file) => ({ file, relativePath: file.webkitRelativePath || file.name }))
    .filter(({ relativePath }) => !isHidden(relativePath))
}

async function walkItems(items: readonly GrabbedItem[]): Promise<DroppedFile[]> {
  const collected: DroppedFile[] = []
  for (const { entry, topLevel } of items) {
    if (isHidden(entry.name)) continue
    if (entry.isFile) {
      const file = topLevel ?? (await fileOf(entry as FileSystemFileEntry))
      collected.push({ file, relativePath: entry.name })
    } else if (entry.isDirectory) {
      await walkFolder(
        entry as FileSystemDirectoryEntry,
        entry.name,
        topLevel ?? undefined,
        collected
      )
    }
  }
  return collected
}

/** Adds every file under `folder` (recursively) to `collected`, with its path from the dropped folder. */
async function walkFolder(
  folder: FileSystemDirectoryEntry,
  path: string,
  topLevel: File | undefined,
  collected: DroppedFile[]
): Promise<void> {
  for (const entry of await allEntries(folder)) {
    if (isHidden(entry.name)) continue
    const relativePath = `${path}/${entry.name}`
    if (entry.isDirectory)
      await walkFolder(entry as FileSystemDirectoryEntry, relativePath, topLevel, collected)
    else if (entry.isFile)
      collected.push({ file: await fileOf(entry as FileSystemFileEntry), relativePath, topLevel })
  }
}

/** A folder's entries: `readEntries` gives them in batches (at most 100 in Chromium) until an empty one. */
async function allEntries(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader()
  const entries: FileSystemEntry[] = []
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject)
    )
    if (batch.length === 0) return entries
    entries.push(...batch)
  }
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject))
}

/** Hidden files (`.DS_Store`, `._coat.png`) are the system's, not the user's data. */
function isHidden(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.'))
}
