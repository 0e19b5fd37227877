import { plural, some } from './english'

/** What an IDX file holds: images (3 dimensions) or labels (1). */
export type IdxKind = 'images' | 'labels'

/** `60000 images of 28×28` or `60000 labels`: what an IDX header announces. */
const announced = (p: { kind: IdxKind; count: number; rows?: number; columns?: number }): string =>
  p.kind === 'images' ? `${p.count} images of ${p.rows}×${p.columns}` : `${p.count} labels`

/** `(set BACKPROP_LAB_MAX_IMAGE_PIXELS to raise it)` or `(a fixed limit)`. */
const raise = (env: string | null): string => (env ? `set ${env} to raise it` : 'a fixed limit')

/**
 * Why an image folder or IDX file (or one image in the folder) is refused, in English: part of
 * the message table (../messages.ts), translated in the renderer. Refusals name the folder or
 * file; a left-out image's reason is listed beside its file, so it does not repeat it.
 */
export const IMAGE_MESSAGES = {
  // Why one image file of a folder was left out.
  'imageFile.empty': () => 'empty file',
  'imageFile.notImage': (p: { problem: string }) => `not a readable image (${p.problem})`,
  'imageFile.cannotRead': (p: { problem: string }) => `cannot read (${p.problem})`,
  'imageFile.cannotDecode': (p: { problem: string }) => `cannot decode (${p.problem})`,
  'imageFile.tooManyPixels': (p: {
    width: number
    height: number
    pixels: number
    bound: string
    env: string | null
  }) =>
    `${p.width}×${p.height} is ${p.pixels} pixels, over the lab's limit of ${p.bound} pixels per image (${raise(p.env)})`,
  'imageFile.outsideClass': () => 'not in a class folder (put images in one subfolder per class)',
  'imageFile.notRegular': () => 'not a regular file',
  'imageFile.notImageType': (p: { extension: string | null }) =>
    `not an image file (${p.extension ?? 'no extension'})`,
  // Refused image folders.
  'images.cannotReadFolder': (p: { folder: string; problem: string }) =>
    `${p.folder}: cannot read the folder (${p.problem})`,
  'images.needTwoClasses': (p: {
    folder: string
    classes: string[]
    without: { files: string[]; more: number; count: number }
    loose: number
  }) => {
    const qualifier = p.without.count > 0 ? ' with images' : ''
    const names = p.classes.length > 0 ? ` (${p.classes.join(', ')})` : ''
    const details: string[] = []
    if (p.without.count > 0) details.push(`without usable images: ${some(p.without)}`)
    if (p.loose > 0)
      details.push(
        `${plural(p.loose, 'image')} ${p.loose === 1 ? 'lies' : 'lie'} directly in the folder`
      )
    const detail = details.length > 0 ? ` (${details.join('; ')})` : ''
    return `${p.folder}: found ${plural(p.classes.length, 'class folder')}${qualifier}${names}; an image dataset needs at least two, one subfolder per class${detail}`
  },
  'images.tooManyValues': (p: {
    source: string
    rows: number
    perRow: number
    values: number
    bound: string
    env: string | null
    smaller: boolean
  }) =>
    `${p.source}: ${p.rows} images of ${p.perRow} values each make ${p.values} values, over the lab's limit of ${p.bound} pixel values per import (${p.smaller ? 'choose a smaller --image-size, or --grayscale' : raise(p.env)})`,
  'images.outOfMemory': (p: { folder: string; rows: number; perRow: number; gigabytes: string }) =>
    `${p.folder}: ${p.rows} images of ${p.perRow} values need ${p.gigabytes} GB of memory; choose a smaller --image-size`,
  'images.badSize': (p: { width: number; height: number; max: number }) =>
    `--image-size: expected WxH with whole numbers from 1 to ${p.max}, got ${p.width}x${p.height}`,
  // Refused IDX files and folders.
  'idx.noImagesFiles': (p: { folder: string; mark: string }) =>
    `${p.folder}: no IDX images files (…${p.mark}…) in it`,
  'idx.sizesDiffer': (p: {
    file: string
    rows: number
    columns: number
    firstFile: string
    firstRows: number
    firstColumns: number
  }) =>
    `${p.file}: images are ${p.rows}×${p.columns}, but ${p.firstFile} has ${p.firstRows}×${p.firstColumns}; the IDX files of a folder must share one size`,
  'idx.notResized': (p: { width: number; height: number; columns: number; rows: number }) =>
    `--image-size ${p.width}x${p.height}: IDX images are not resized, and these are ${p.columns}x${p.rows}`,
  'idx.labelCount': (p: { file: string; images: number; labels: number; labelsFile: string }) =>
    `${p.file}: ${p.images} images but ${p.labels} labels in ${p.labelsFile}`,
  'idx.unpairedName': (p: { file: string; imagesMark: string; labelsMark: string }) =>
    `${p.file}: cannot find its labels file: an IDX images file's name has '${p.imagesMark}' where its labels file's name has '${p.labelsMark}'`,
  'idx.noLabelsFile': (p: { file: string; candidates: string[] }) =>
    `${p.file}: no labels file beside it (looked for ${p.candidates.join(' or ')})`,
  'idx.tooShort': (p: { file: string; kind: IdxKind; bytes: number }) =>
    `${p.file}: not an IDX ${p.kind} file (${p.bytes} bytes, too short for a header)`,
  'idx.wrongMagic': (p: { file: string; kind: IdxKind; found: string; expected: string }) =>
    `${p.file}: not an IDX ${p.kind} file (magic number ${p.found}, expected ${p.expected})`,
  'idx.truncatedHeader': (p: { file: string; bytes: number; header: number }) =>
    `${p.file}: truncated: ${p.bytes} bytes, shorter than the ${p.header}-byte header`,
  'idx.truncated': (p: {
    file: string
    kind: IdxKind
    count: number
    rows?: number
    columns?: number
    expected: number
    bytes: number
  }) =>
    `${p.file}: truncated: the header announces ${announced(p)} (${p.expected} bytes), but it holds ${p.bytes}`,
  'idx.extraBytes': (p: {
    file: string
    kind: IdxKind
    count: number
    rows?: number
    columns?: number
    extra: number
  }) =>
    `${p.file}: ${p.extra} bytes after the ${announced(p)} the header announces; not a valid IDX file`,
  'idx.noImages': (p: { file: string; count: number; rows: number; columns: number }) =>
    `${p.file}: holds no images (${p.count} images of ${p.rows}×${p.columns})`
} satisfies Record<string, (params: never) => string>
