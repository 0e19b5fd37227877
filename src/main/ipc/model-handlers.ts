import { rawInputSize } from '../../shared/model/input-features'
import { basename } from 'node:path'
import { userError } from '../../shared/errors'
import { parseModelFile } from '../../shared/validation/model-file'
import { parseModelText, readModelFile } from '../services/model-files'
import { checkMainThreadWork, forwardCost } from '../services/main-thread-work'
import { predictRows } from '../services/predict'
import type { HandlerContext, InvokeHandlers } from './handler-types'
import { UnsupportedError } from './unsupported-error'

type ModelChannels = 'models:open' | 'models:read' | 'models:predict'

/**
 * Open model… and its Predict panel. A model file is validated like the CLI's (errors name the
 * file and the field); predictions are the CLI's `predict` (raw rows, preprocessing inside).
 */
export function modelHandlers(context: HandlerContext): Pick<InvokeHandlers, ModelChannels> {
  return {
    'models:open': async (_request, caller) => {
      if (!context.openDialog) {
        throw new UnsupportedError(
          'the open dialog exists only in the desktop app; choose the file in the browser instead'
        )
      }
      const path = await context.openDialog('model', caller)
      return path === null ? null : { name: basename(path), model: readModelFile(path) }
    },
    'models:read': ({ name, text }) => ({ name, model: parseModelText(text, name) }),
    'models:predict': ({ model, rows }) => {
      const valid = parseModelFile(model)
      rows.forEach((row, index) => {
        if (row.length !== rawInputSize(valid)) {
          throw userError('data.rowWidth', {
            row: index + 1,
            expected: rawInputSize(valid),
            got: row.length
          })
        }
      })
      checkMainThreadWork({ kind: 'predict', rows: rows.length }, forwardCost(valid) * rows.length)
      return predictRows(valid, rows)
    }
  }
}
