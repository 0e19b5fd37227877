import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { userError } from '../../../shared/errors'
import { findIdxImageFiles, isIdxLabelsName } from './idx/idx-files'
import { importIdxFile, importIdxFolder } from './idx/idx-importer'
import { importImageFolder } from './images/image-folder-importer'
import type { ImportControl, ImportedDataset, ImportOptions } from './imported-dataset'

/**
 * Imports an image source, choosing the importer by what `path` is: a folder holding IDX
 * images files (every pair in it, as one dataset), any other folder (one subfolder of images per
 * class), or a file (an IDX images file, its labels file beside it). The import service calls
 * this for every path that is not a CSV file.
 */
export async function importImageSource(
  path: string,
  options: ImportOptions = {},
  control: ImportControl = {}
): Promise<ImportedDataset> {
  let isFolder: boolean
  try {
    isFolder = (await stat(path)).isDirectory()
  } catch {
    throw userError('data.noSuchPath', { path })
  }
  if (isFolder) {
    const idxFiles = await findIdxImageFiles(path)
    return idxFiles.length > 0
      ? importIdxFolder(path, options, control)
      : importImageFolder(path, options, control)
  }
  if (isIdxLabelsName(basename(path))) {
    const imagesName = basename(path).replace('labels-idx1', 'images-idx3')
    throw userError('data.idxLabelsChosen', { file: path, images: imagesName })
  }
  return importIdxFile(path, options, control)
}
