import { access, readdir } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import { userError } from '../../../../shared/errors'
import { limitOf } from '../../../../shared/limits'
import { readRegularFile } from '../../file-reading'
import { gunzipError } from '../unzip-errors'

/**
 * Finding and reading IDX files. An images file's labels file is the one beside it whose name
 * has `labels-idx1` where the images file has `images-idx3` (CONTRACTS.md section 3), gzipped
 * or not. A folder may hold several such pairs (Fashion-MNIST's train and t10k).
 */

export const IMAGES_MARK = 'images-idx3'
const LABELS_MARK = 'labels-idx1'
const gunzipAsync = promisify(gunzip)

/** An IDX images file and the labels file beside it. */
export interface IdxPair {
  images: string
  labels: string
}

/** An IDX file as stored (for the content hash) and its content (unzipped when gzipped). */
export interface IdxFileContent {
  stored: Buffer
  content: Buffer
}

/** True when the file name marks an IDX labels file. */
export function isIdxLabelsName(name: string): boolean {
  return name.includes(LABELS_MARK)
}

/** The labels file beside `imagesPath`; throws a UserError naming the paths looked for. */
export async function findLabelsFile(imagesPath: string): Promise<string> {
  const name = basename(imagesPath)
  if (!name.includes(IMAGES_MARK)) {
    throw userError('idx.unpairedName', {
      file: imagesPath,
      imagesMark: IMAGES_MARK,
      labelsMark: LABELS_MARK
    })
  }
  const labelsName = name.replace(IMAGES_MARK, LABELS_MARK).replace(/\.gz$/i, '')
  const candidates = [labelsName, `${labelsName}.gz`].map((candidate) =>
    join(dirname(imagesPath), candidate)
  )
  for (const candidate of candidates) {
    if (await exists(candidate)) return candidate
  }
  throw userError('idx.noLabelsFile', { file: imagesPath, candidates })
}

/**
 * The IDX images files directly in `folder`: `train…` first, then the rest by name, then the
 * test files (`t10k…`, `test…`), so that a published test set is the last rows. When a file is there both gzipped and not, the unzipped one is used.
 */
export async function findIdxImageFiles(folder: string): Promise<string[]> {
  const names = (await readdir(folder)).filter(
    (name) => name.includes(IMAGES_MARK) && !name.startsWith('.')
  )
  const unique = names.filter(
    (name) => !(/\.gz$/i.test(name) && names.includes(name.replace(/\.gz$/i, '')))
  )
  const rank = (name: string): number =>
    name.startsWith('train') ? 0 : /^(t10k|test)/i.test(name) ? 2 : 1
  unique.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
  return unique.map((name) => join(folder, name))
}

/**
 * Reads an IDX file, unzipping it when it starts with the gzip magic bytes. Neither the file nor
 * what it unzips to may pass the unzipped-size limit: a small gzip can inflate to gigabytes, and
 * zlib stops at the limit instead of filling the memory.
 */
export async function readIdxFile(path: string): Promise<IdxFileContent> {
  const stored = await readRegularFile(path, 'unzippedBytes', 'idx')
  if (stored.length < 2 || stored[0] !== 0x1f || stored[1] !== 0x8b)
    return { stored, content: stored }
  try {
    return {
      stored,
      content: await gunzipAsync(stored, { maxOutputLength: limitOf('unzippedBytes') })
    }
  } catch (error) {
    throw gunzipError(path, error, 'unzippedBytes')
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}
