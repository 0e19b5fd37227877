import type { ImportOptions } from '@shared/model/import'
import type { LabMessage } from '@shared/messages'

/**
 * What a table file lets the user choose on import, as the CLI's options do: an Excel workbook's
 * sheet (`--sheet`), an .npz's features and labels arrays (`--arrays`), a .npy's labels file
 * (`--labels`). Read from an imported dataset's notes, or from why an import was refused.
 */
export type SourceChoice =
  | { kind: 'sheet'; sheet: string; sheets: string[] }
  | { kind: 'arrays'; features: string; labels: string; names: string[] }
  | { kind: 'labelsFile' }

/** The choice a dataset's notes offer (a workbook of several sheets, an .npz, a .npy), or null. */
export function choiceOfNotes(notes: readonly (LabMessage | string)[]): SourceChoice | null {
  for (const note of notes) {
    if (typeof note === 'string') continue
    if (note.code === 'table.sheet' && note.params.sheets.length > 1)
      return { kind: 'sheet', sheet: note.params.sheet, sheets: note.params.sheets }
    if (note.code === 'table.npzArrays' && note.params.names.length > 2) {
      const { features, labels, names } = note.params
      return { kind: 'arrays', features, labels, names }
    }
    if (note.code === 'table.labelsFile') return { kind: 'labelsFile' }
  }
  return null
}

/** The choice that would let a refused import through, or null when choosing cannot help. */
export function choiceOfRefusal(problem: LabMessage): SourceChoice | null {
  switch (problem.code) {
    case 'array.noPair':
    case 'array.noArray': {
      const { names } = problem.params
      if (names.length < 2) return null
      return { kind: 'arrays', features: names[0], labels: names[1], names }
    }
    case 'array.noLabelsFile':
      return { kind: 'labelsFile' }
    case 'file.noSheet':
      return { kind: 'sheet', sheet: problem.params.sheets[0], sheets: problem.params.sheets }
    default:
      return null
  }
}

/** The import options of a choice made. */
export function optionsOfChoice(
  choice: SourceChoice,
  labelsFile?: string
): Pick<ImportOptions, 'sheet' | 'arrays' | 'labelsFile'> {
  if (choice.kind === 'sheet') return { sheet: choice.sheet }
  if (choice.kind === 'arrays')
    return { arrays: { features: choice.features, labels: choice.labels } }
  return labelsFile ? { labelsFile } : {}
}
