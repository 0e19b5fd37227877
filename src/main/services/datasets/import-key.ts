import { resolve } from 'node:path'
import type { ImportOptions, ShapingOptions } from '../../../shared/model/import'
import type { ImportedDataset } from './imported-dataset'

/**
 * Each shaping option as an import key writes it when it is not given. The table lists every
 * option once, in the key's order (stored keys depend on it), and a new import option is a
 * compile error here until it is listed. Options added after keys were first stored are
 * `'left out'` when not given, so that earlier imports keep their keys.
 */
const UNSET_SHAPING: { [K in keyof ShapingOptions]-?: null | false | 'left out' } = {
  labelColumn: null,
  targets: null,
  ignoreColumns: null,
  imageSize: null,
  grayscale: false,
  sheet: 'left out',
  labelsFile: 'left out',
  arrays: 'left out'
}

/** Identifies an import: same kind, same content and same shaping options give the same dataset. */
export function importKeyOf(
  imported: Pick<ImportedDataset, 'kind' | 'contentHash'>,
  options: ImportOptions
): string {
  const shaping = Object.fromEntries(
    Object.entries(UNSET_SHAPING).flatMap(([key, unset]): [string, unknown][] => {
      const given: unknown = options[key as keyof ShapingOptions]
      if (given === undefined) return unset === 'left out' ? [] : [[key, unset]]
      // A labels file is named by its whole path, wherever the import was started from.
      return [[key, key === 'labelsFile' ? resolve(given as string) : given]]
    })
  )
  return `${imported.kind}:${imported.contentHash}:${JSON.stringify(shaping)}`
}

/** The shaping options an import key was made with (the inverse of `importKeyOf`). */
export function optionsOfImportKey(importKey: string): ShapingOptions {
  const json = importKey.slice(importKey.indexOf(':', importKey.indexOf(':') + 1) + 1)
  const stored = JSON.parse(json) as Record<string, unknown>
  const options: Record<string, unknown> = {}
  for (const key of Object.keys(UNSET_SHAPING)) if (stored[key]) options[key] = stored[key]
  return options as ShapingOptions
}
