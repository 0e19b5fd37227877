import { userError, type UserError } from '../../../shared/errors'
import type { UnzipLimit } from '../../../shared/message-tables/file-refusals'
import { formatLimit, LIMITS } from '../../../shared/limits'

/** The refusal of a compressed file (or one member of a zip) that unzips past `limit`. */
export function unzipsOverLimit(file: string, limit: UnzipLimit, member?: string): UserError {
  return userError('file.unzipsOverLimit', {
    file,
    ...(member === undefined ? {} : { member }),
    limit,
    bound: formatLimit(limit),
    env: LIMITS[limit].env
  })
}

/** The refusal of a gzipped file zlib could not unzip (past `limit`, or not gzip at all). */
export function gunzipError(file: string, error: unknown, limit: UnzipLimit): UserError {
  if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
    return unzipsOverLimit(file, limit)
  return userError('file.cannotUnzip', { file, problem: (error as Error).message })
}
