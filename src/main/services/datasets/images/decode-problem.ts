import { isUserError } from '../../../../shared/errors'
import { message, type LabMessage } from '../../../../shared/messages'
import {
  decodeProblemText,
  type DecodeProblem
} from '../../../../shared/message-tables/image-decoding'

/** What the lab's own decoding found wrong with an image (kept as a record, said in either language). */
export class DecodeProblemError extends Error {
  constructor(readonly problem: DecodeProblem) {
    super(decodeProblemText(problem))
    this.name = 'DecodeProblemError'
  }
}

/**
 * Why one image of a folder is left out, for the list beside its file: the lab's own reasons
 * (its decoder, its file reader) as codes; libvips' words as it gives them. `stage` says whether
 * its header (`header`) or its pixels (`pixels`) could not be read.
 */
export function leftOutImage(error: unknown, stage: 'header' | 'pixels'): LabMessage {
  if (error instanceof DecodeProblemError)
    return message(stage === 'header' ? 'imageFile.badImage' : 'imageFile.badPixels', {
      problem: error.problem
    })
  const problem = messageOf(error)
  return message(stage === 'header' ? 'imageFile.notImage' : 'imageFile.cannotDecode', { problem })
}

/** Why an image file could not be read at all: the file reader's reason, or the error's words. */
export function unreadableImage(error: unknown, path: string): LabMessage {
  const detail = isUserError(error) ? error.detail : undefined
  if (detail?.code === 'read.failed')
    return message('imageFile.unreadable', { problem: detail.params.problem })
  // The reason without the path: the listing names the file already.
  return message('imageFile.cannotRead', {
    problem: messageOf(error).replace(`${path}: `, '')
  })
}

/** An error's message on one line (libvips may repeat a line or add a second one). */
export function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  const lines = text.split('\n').map((line) => line.trim())
  return [...new Set(lines.filter(Boolean))].join('; ')
}
