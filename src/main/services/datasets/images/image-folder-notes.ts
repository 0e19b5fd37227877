import { UserError } from '../../../../shared/errors'
import { message, type LabMessage } from '../../../../shared/messages'

/**
 * The one-line messages of an image-folder import: the notes that tell the user what was done to
 * their images, and the error for a folder without two classes.
 */

const LISTED_FILES = 5

/** `n` with its noun, plural when needed: `1 image`, `3 images`. */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** The first few names, then how many more: `a.png, b.png, c.png and 4 more`. */
export function someOf(names: readonly string[]): string {
  if (names.length <= LISTED_FILES) return names.join(', ')
  return `${names.slice(0, LISTED_FILES).join(', ')} and ${names.length - LISTED_FILES} more`
}

/**
 * Throws unless at least two class folders hold images: `/x/photos: found 1 class folder
 * (apple); an image dataset needs at least two, one subfolder per class`.
 */
export function requireTwoClasses(
  folder: string,
  classesWithImages: readonly string[],
  classesWithout: readonly string[],
  looseImageCount: number
): void {
  if (classesWithImages.length >= 2) return
  const qualifier = classesWithout.length > 0 ? ' with images' : ''
  const found = `${countOf(classesWithImages.length, 'class folder')}${qualifier}`
  const names = classesWithImages.length > 0 ? ` (${classesWithImages.join(', ')})` : ''
  const details: string[] = []
  if (classesWithout.length > 0) details.push(`without usable images: ${someOf(classesWithout)}`)
  if (looseImageCount > 0) {
    const verb = looseImageCount === 1 ? 'lies' : 'lie'
    details.push(`${countOf(looseImageCount, 'image')} ${verb} directly in the folder`)
  }
  const detail = details.length > 0 ? ` (${details.join('; ')})` : ''
  throw new UserError(
    `${folder}: found ${found}${names}; an image dataset needs at least two, one subfolder per class${detail}`
  )
}

/** How the images' colour channels were stored, given what decoding them revealed. */
export interface ChannelReport {
  channels: 1 | 3
  forcedGray: boolean
  /** Images whose file format stores colour (RGB, palette) rather than gray. */
  colorFormatFiles: string[]
  /** Images with some pixel where r ≠ g or g ≠ b. */
  coloredFiles: string[]
  /** Images with no such pixel. */
  grayFiles: string[]
  totalImages: number
}

/** The first few names and how many more, as message parameters. */
function listed(files: readonly string[]): { count: number; files: string[]; more: number } {
  return {
    count: files.length,
    files: files.slice(0, LISTED_FILES),
    more: Math.max(0, files.length - LISTED_FILES)
  }
}

/** The note about channels, or null when nothing was converted (all gray, or all colour). */
export function channelNote(report: ChannelReport): LabMessage | null {
  if (report.forcedGray) {
    if (report.coloredFiles.length === 0) return null
    return message('images.grayForced', listed(report.coloredFiles))
  }
  if (report.channels === 1) {
    if (report.colorFormatFiles.length === 0) return null
    if (report.colorFormatFiles.length === report.totalImages) return message('images.grayAll', {})
    return message('images.graySome', listed(report.colorFormatFiles))
  }
  if (report.grayFiles.length === 0) return null
  return message('images.keptColour', listed(report.grayFiles))
}

/** The note about resized images, or null when none was. */
export function resizeNote(
  resized: readonly string[],
  width: number,
  height: number,
  forced: boolean
): LabMessage | null {
  if (resized.length === 0) return null
  return message('images.resized', { ...listed(resized), width, height, forced })
}

/** The note about dropped transparency, or null when no image had transparent pixels. */
export function transparencyNote(transparent: readonly string[]): LabMessage | null {
  if (transparent.length === 0) return null
  return message('images.alphaDropped', listed(transparent))
}
