import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { userError } from '../../../../shared/errors'
import { message, type LabMessage } from '../../../../shared/messages'
import { isMadeUpName } from '../shown-paths'

/**
 * Names for IDX datasets: the dataset's name from its files (`mnist-t10k`), and class names from
 * a `classes.txt` beside the files or from the published set the labels file is (recognised by
 * the SHA-256 of its unzipped bytes, so a renamed or re-gzipped copy is still known).
 */

/** A published IDX set: its name and its class names in label order. */
interface KnownSet {
  name: string
  classes: string[] | null
}

const DIGITS: KnownSet = { name: 'mnist', classes: null }
const FASHION: KnownSet = {
  name: 'fashion-mnist',
  classes: [
    'T-shirt/top',
    'Trouser',
    'Pullover',
    'Dress',
    'Coat',
    'Sandal',
    'Shirt',
    'Sneaker',
    'Bag',
    'Ankle boot'
  ]
}

/** SHA-256 of the unzipped labels files of the published sets. */
const KNOWN_LABELS: Record<string, KnownSet> = {
  ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2: DIGITS,
  '0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34': FASHION,
  bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9: FASHION
}

/** The published set a labels file (unzipped) belongs to, if it is one. */
export function knownSetOf(labelsContent: Buffer): KnownSet | null {
  return KNOWN_LABELS[createHash('sha256').update(labelsContent).digest('hex')] ?? null
}

/** True for the part of a set published as its test set (`t10k-…`, `test-…`). */
export function isTestPart(imagesPath: string): boolean {
  return /^(t10k|test)/i.test(basename(imagesPath))
}

/** `t10k` of `t10k-images-idx3-ubyte.gz`: what names one part of a set. */
export function partOf(imagesPath: string): string {
  const name = basename(imagesPath)
  const part = name.slice(0, name.indexOf('images-idx3')).replace(/[-_.]+$/, '')
  return part || 'images'
}

/**
 * A dataset's name: the published set or the folder the files are in, then the part when one
 * pair is imported: `mnist-t10k`, `fashion-mnist`, `my-digits-train`. A folder named by the lab
 * (a browser-mode upload) does not count.
 */
export function idxDatasetName(
  imageFiles: readonly string[],
  known: KnownSet | null,
  folder: string
): string {
  const folderName = isMadeUpName(basename(folder)) ? null : basename(folder)
  const base = known?.name ?? folderName
  if (imageFiles.length > 1) return base ?? 'idx'
  const part = partOf(imageFiles[0])
  return base ? `${base}-${part}` : part
}

/**
 * Class names for label values `values` (sorted): from `classes.txt` in `folder` (one name per
 * line, line k naming label value k), else the published set's, else the values themselves.
 */
export async function classNames(
  folder: string,
  values: readonly number[],
  known: KnownSet | null
): Promise<{ classes: string[]; note: LabMessage | null }> {
  const file = join(folder, 'classes.txt')
  const text = await readFile(file, 'utf8').catch(() => null)
  if (text !== null) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
    while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop()
    const highest = values[values.length - 1]
    if (lines.length <= highest) {
      throw userError('idx.classCount', { file, names: lines.length, highest })
    }
    const classes = values.map((value) => lines[value].trim())
    const blank = values.find((value) => lines[value].trim() === '')
    if (blank !== undefined) throw userError('idx.classEmpty', { file, line: blank + 1 })
    if (new Set(classes).size !== classes.length) throw userError('idx.classRepeated', { file })
    return { classes, note: message('idx.classesFile', {}) }
  }
  if (known?.classes && values.every((value) => value < known.classes!.length)) {
    return {
      classes: values.map((value) => known.classes![value]),
      note: message('idx.knownClasses', { set: known.name, last: known.classes.length - 1 })
    }
  }
  return { classes: values.map(String), note: null }
}
