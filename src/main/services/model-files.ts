import { readFileSync } from 'node:fs'
import type { ModelFile } from '../../shared/model/model-file'
import { UserError } from '../../shared/errors'
import { parseModelFile } from '../../shared/validation/model-file'

/**
 * Reads and validates a `*.model.json` file. Every problem becomes one line naming the file and
 * the field: `m.model.json: layers[1].weights: expected 2 rows of 2, got 2 rows of 3`.
 */
export function readModelFile(path: string): ModelFile {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UserError(
      `${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a model file' : (error as Error).message}`
    )
  }
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
    throw new UserError(`${name}: not valid JSON (${(error as Error).message})`)
  }
  try {
    return parseModelFile(json)
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`${name}: ${error.message}`)
    throw error
  }
}
