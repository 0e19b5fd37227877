import { userError } from '../../../shared/errors'
import type { ShapingOptions } from '../../../shared/model/import'
import type { SourceKind } from '../../../shared/message-tables/data-refusals'

/** Where each shaping option applies (a new option must say: the compiler asks). */
const APPLIES: Record<keyof ShapingOptions, (kind: SourceKind) => boolean> = {
  labelColumn: (kind) => kind !== 'images',
  targets: (kind) => kind !== 'images',
  ignoreColumns: (kind) => kind !== 'images',
  sheet: (kind) => kind === 'xlsx',
  labelsFile: (kind) => kind === 'npy',
  arrays: (kind) => kind === 'npz',
  imageSize: (kind) => kind === 'images',
  grayscale: (kind) => kind === 'images'
}

/**
 * Refuses an option given for a source it does not apply to (`--image-size` on a CSV, `--sheet`
 * on a Parquet file), which the importer would otherwise ignore while the dataset's import key
 * kept it: a silent no-op, and another copy of the same data.
 */
export function checkOptionsFit(path: string, kind: SourceKind, options: ShapingOptions): void {
  for (const [option, applies] of Object.entries(APPLIES)) {
    const value = options[option as keyof ShapingOptions]
    if (value === undefined || value === false || applies(kind)) continue
    throw userError('data.optionNotFor', {
      file: path,
      option: option as keyof ShapingOptions,
      source: kind
    })
  }
}
