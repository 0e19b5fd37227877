import { userError } from '../../../../shared/errors'
import { message, type LabMessage } from '../../../../shared/messages'

/**
 * The one-line messages of an image-folder import: the notes that tell the user what was done to
 * their images, and the error for a folder without two classes.
 */

const LISTED_FILES = 5

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
  throw userError('images.needTwoClasses', {
    folder,
    classes: [...classesWithImages],
    without: listed(classesWithout),
    loose: looseImageCount
  })
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
