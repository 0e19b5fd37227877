import { randomBytes } from 'node:crypto'
import { mkdir, readdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { userError, type UserError } from '../../../shared/errors'
import { createFolder, type FolderRefusal } from '../../create-folder'
import { chosenFolderFault } from '../../machine-faults'
import type { ExportFile } from './export-request'

/**
 * Writes an export's files into a hidden temporary folder beside `outDir` and renames it into
 * place when every file is complete, so a killed export (or a full disk) never leaves a folder
 * that looks finished: once 1 kill in 14 left a truncated data.npz beside a complete README.
 * `outDir` must be new or empty, so an export never mixes with or overwrites earlier files.
 */
export async function writeFolderAtOnce(
  outDir: string,
  files: readonly ExportFile[]
): Promise<void> {
  const existing = await stat(outDir).catch(() => null)
  if (existing && !existing.isDirectory()) throw userError('export.outIsFile', { folder: outDir })
  if (existing && (await readdir(outDir)).length > 0)
    throw userError('export.outNotEmpty', { folder: outDir })
  const parent = dirname(outDir)
  const refusal = createFolder(parent)
  if (refusal) throw cannotCreate(outDir, refusal)
  const partial = join(parent, `.${basename(outDir)}.partial-${randomBytes(4).toString('hex')}`)
  try {
    await mkdir(partial)
    for (const file of files) await writeFile(join(partial, file.name), file.contents)
    if (existing) await rmdir(outDir)
    await rename(partial, outDir)
  } catch (error) {
    await rm(partial, { recursive: true, force: true })
    const code = (error as NodeJS.ErrnoException).code
    // A folder that takes no new folders (under /proc: ENOENT, ENOTDIR).
    if (code === 'ENOENT' || code === 'ENOTDIR') throw cannotCreate(outDir, { code })
    throw chosenFolderFault(error, outDir) ?? error
  }
}

/** The refusal of an output folder that cannot be made where the user asked. */
function cannotCreate(outDir: string, refusal: FolderRefusal): UserError {
  return 'file' in refusal
    ? userError('export.outUnderFile', { folder: outDir, file: refusal.file })
    : userError('export.outCannotCreate', { folder: outDir, code: refusal.code })
}
