import { readProblemText, type ReadProblem } from './machine-faults'

/**
 * Why one image of a folder could not be read or decoded by the lab's own code (its BMP decoder,
 * its checks of what a decoder gave back, its file reader), in English: part of the message
 * table (../messages.ts), translated in the renderer. A left-out image's reason is listed beside
 * its file, so it does not repeat it. (libvips' own reasons stay as it words them.)
 */

/** What is wrong with an image the lab decodes or checks itself. */
export type DecodeProblem =
  | { kind: 'notBmp' }
  | { kind: 'bmpTruncated'; part: 'header' | 'pixels' | 'palette' }
  | { kind: 'bmpEmpty'; width: number; height: number }
  | { kind: 'bmpPaletteIndex'; index: number }
  | { kind: 'bmpCompressed'; method: number }
  | { kind: 'bmpBits'; bits: number }
  | {
      kind: 'decodedSize'
      width: number
      height: number
      expectedWidth: number
      expectedHeight: number
    }
  | { kind: 'decodedChannels'; channels: number }

const TRUNCATED_PART: Record<'header' | 'pixels' | 'palette', string> = {
  header: 'header',
  pixels: 'pixel data',
  palette: 'palette'
}

export const decodeProblemText = (p: DecodeProblem): string => {
  switch (p.kind) {
    case 'notBmp':
      return 'not a BMP file'
    case 'bmpTruncated':
      return `truncated BMP ${TRUNCATED_PART[p.part]}`
    case 'bmpEmpty':
      return `BMP size ${p.width}×${p.height} is empty`
    case 'bmpPaletteIndex':
      return `palette index ${p.index} out of range`
    case 'bmpCompressed':
      return `compressed BMP (compression method ${p.method}) is not supported`
    case 'bmpBits':
      return `BMP with ${p.bits} bits per pixel is not supported`
    case 'decodedSize':
      return `decoded to ${p.width}×${p.height}, not the ${p.expectedWidth}×${p.expectedHeight} its header promised`
    case 'decodedChannels':
      return `decoded to ${p.channels} channels, expected 3 or 4`
  }
}

export const IMAGE_DECODING_MESSAGES = {
  'imageFile.badImage': (p: { problem: DecodeProblem }) =>
    `not a readable image (${decodeProblemText(p.problem)})`,
  'imageFile.badPixels': (p: { problem: DecodeProblem }) =>
    `cannot decode (${decodeProblemText(p.problem)})`,
  'imageFile.unreadable': (p: { problem: ReadProblem }) =>
    `cannot read (${p.problem.kind === 'other' ? p.problem.code : readProblemText(p.problem)})`
} satisfies Record<string, (params: never) => string>
