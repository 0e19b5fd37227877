import type { ModelFile } from '../../shared/model/model-file'
import { UserError, userError } from '../../shared/errors'
import type { JsonProblem } from '../../shared/message-tables/model-file-refusals'
import { parseModelFile } from '../../shared/validation/model-file'
import { readRegularFileSync } from './file-reading'

/**
 * Reads and validates a `*.model.json` file. Every problem becomes one line naming the file and
 * the field: `m.model.json: layers[1].weights: expected 2 rows of 2, got 2 rows of 3`. Only a
 * regular file within the model-file size limit is read, and no message quotes what it holds.
 */
export function readModelFile(path: string): ModelFile {
  const text = readRegularFileSync(path, 'modelFileBytes', 'model').toString('utf8')
  return parseModelText(text, path)
}

/**
 * Validates the text of a `*.model.json` file (the app's Open model… in browser mode sends the
 * file's contents). Every problem becomes one line naming the file and the field.
 */
export function parseModelText(text: string, name: string): ModelFile {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw userError('modelFile.notJson', { file: name, problem: jsonProblem(text, error as Error) })
  }
  try {
    return parseModelFile(json)
  } catch (error) {
    const detail = error instanceof UserError ? error.detail : undefined
    if (detail?.code === 'modelFile.invalid')
      throw userError('modelFile.refused', { file: name, problem: detail.params.problem })
    throw error
  }
}

/**
 * Why a text is not JSON, by place only: the parser's own message quotes the text, and a file
 * that is not a model at all (a password file, say) must not come back in an error.
 */
function jsonProblem(text: string, error: Error): JsonProblem {
  const position = /at position (\d+)/.exec(error.message)
  if (position) {
    const before = text.slice(0, Number(position[1]))
    const line = before.split('\n').length
    const column = before.length - before.lastIndexOf('\n')
    return { kind: 'at', line, column }
  }
  if (/end of JSON input/.test(error.message)) return { kind: 'early' }
  if (!text.trimStart().startsWith('{')) return { kind: 'notObject' }
  return { kind: 'other' }
}
