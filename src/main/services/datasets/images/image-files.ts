import type { Dirent } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { extname, join, relative, sep } from 'node:path'
import { userError } from '../../../../shared/errors'
import { message } from '../../../../shared/messages'
import { skippedItem } from '../../../../shared/model/skipped'
import type { SkippedItem } from '../imported-dataset'

/**
 * Lists an image folder: its class subfolders (sorted by name) and every image file under each
 * of them, at any depth. Hidden files and folders (dot-names, `Thumbs.db`, `desktop.ini`,
 * `__MACOSX`) are passed over silently; other files that are not images, and files lying
 * directly in the folder rather than in a class folder, are listed as skipped with the reason.
 */

/** File name extensions sharp (or, for BMP, our own decoder) reads. */
export const IMAGE_EXTENSIONS = new Set([
  '.png',
  '.jpg',
  '.jpeg',
  '.jpe',
  '.jfif',
  '.webp',
  '.gif',
  '.bmp',
  '.dib',
  '.tif',
  '.tiff',
  '.avif'
])

const HIDDEN_NAMES = new Set(['thumbs.db', 'ehthumbs.db', 'desktop.ini', '__macosx'])

/** One image file to import. */
export interface ImageFileEntry {
  /** Path relative to the imported folder, with `/` separators (the row's source). */
  relativePath: string
  absolutePath: string
  /** Index into the listing's `classNames`. */
  classIndex: number
}

/** What `listImageFolder` found. */
export interface ImageFolderListing {
  /** Class folder names, sorted (UTF-16 code unit order, the same on every machine). */
  classNames: string[]
  /** Image files sorted by relative path. */
  files: ImageFileEntry[]
  skipped: SkippedItem[]
  /** Image files lying directly in the folder, outside any class folder. */
  looseImageCount: number
}

/** Orders names by UTF-16 code units: the same on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** True for names a file browser hides or that operating systems leave behind. */
export function isHiddenName(name: string): boolean {
  return name.startsWith('.') || HIDDEN_NAMES.has(name.toLowerCase())
}

/** True when the file name has an image extension. */
export function hasImageExtension(name: string): boolean {
  return IMAGE_EXTENSIONS.has(extname(name).toLowerCase())
}

/** Lists `folder` (see the file comment); throws a UserError when it cannot be read. */
export async function listImageFolder(folder: string): Promise<ImageFolderListing> {
  const classNames: string[] = []
  const skipped: SkippedItem[] = []
  let looseImageCount = 0
  for (const entry of await readFolder(folder, false)) {
    if (isHiddenName(entry.name)) continue
    if (await isFolder(entry)) {
      classNames.push(entry.name)
    } else {
      if (hasImageExtension(entry.name)) looseImageCount++
      skipped.push(
        skippedItem({ file: entry.name }, 'other', message('imageFile.outsideClass', {}))
      )
    }
  }
  classNames.sort(compareText)
  const files: ImageFileEntry[] = []
  for (const [classIndex, className] of classNames.entries()) {
    for (const entry of await readFolder(join(folder, className), true)) {
      const relativePath = relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/')
      if (relativePath.split('/').some(isHiddenName) || (await isFolder(entry))) continue
      if (!entry.isFile() && !entry.isSymbolicLink()) {
        skipped.push(
          skippedItem({ file: relativePath }, 'other', message('imageFile.notRegular', {}))
        )
      } else if (hasImageExtension(entry.name)) {
        files.push({ relativePath, absolutePath: join(entry.parentPath, entry.name), classIndex })
      } else {
        const problem = message('imageFile.notImageType', {
          extension: extname(entry.name) || null
        })
        skipped.push(skippedItem({ file: relativePath }, 'other', problem))
      }
    }
  }
  files.sort((a, b) => compareText(a.relativePath, b.relativePath))
  return { classNames, files, skipped, looseImageCount }
}

async function readFolder(folder: string, recursive: boolean): Promise<Dirent[]> {
  try {
    return await readdir(folder, { withFileTypes: true, recursive })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    throw userError('images.cannotReadFolder', { folder, problem: code })
  }
}

/** Folders, and links to folders (which are not followed into when listing recursively). */
async function isFolder(entry: Dirent): Promise<boolean> {
  if (entry.isDirectory()) return true
  if (!entry.isSymbolicLink()) return false
  try {
    return (await stat(join(entry.parentPath, entry.name))).isDirectory()
  } catch {
    return false // a broken link is read (and reported) as a file
  }
}
