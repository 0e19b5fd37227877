import { describe, expect, it } from 'vitest'
import type { ColumnRoleName, CsvColumn } from '@shared/model/dataset-preview'
import { choicesFromRoles, rolesChanged } from '@renderer/lib/data/column-roles'

// id (left out by the importer), color (one-hot), size, weight, species (the last column: label)
const COLUMNS: CsvColumn[] = [
  { name: 'id', role: 'ignore', inputs: [], leftOutByImporter: true },
  { name: 'color', role: 'feature', inputs: ['color=blue', 'color=red'], leftOutByImporter: false },
  { name: 'size', role: 'feature', inputs: ['size'], leftOutByImporter: false },
  { name: 'weight', role: 'feature', inputs: ['weight'], leftOutByImporter: false },
  { name: 'species', role: 'label', inputs: [], leftOutByImporter: false }
]
const CURRENT = COLUMNS.map((column) => column.role)
const roles = (...changes: [number, ColumnRoleName][]) => {
  const next = [...CURRENT]
  for (const [index, role] of changes) next[index] = role
  return next
}

describe('column roles to import options', () => {
  it('passes nothing for the importer’s own choices (last column as label, its left-out columns)', () => {
    expect(choicesFromRoles(COLUMNS, CURRENT)).toEqual({ choices: {}, problem: null })
    expect(rolesChanged(COLUMNS, CURRENT)).toBe(false)
  })

  it('names another label column, and the old label becomes a feature', () => {
    const chosen = roles([1, 'label'], [4, 'feature'])
    expect(rolesChanged(COLUMNS, chosen)).toBe(true)
    expect(choicesFromRoles(COLUMNS, chosen)).toEqual({
      choices: { labelColumn: 'color' },
      problem: null
    })
  })

  it('maps targets and ignored columns for regression', () => {
    const chosen = roles([3, 'target'], [4, 'ignore'], [2, 'ignore'])
    expect(choicesFromRoles(COLUMNS, chosen)).toEqual({
      choices: { targets: ['weight'], ignoreColumns: ['size', 'species'] },
      problem: null
    })
  })

  it('refuses roles that make no dataset', () => {
    expect(choicesFromRoles(COLUMNS, roles([4, 'feature'])).problem).toBe('noOutput')
    expect(choicesFromRoles(COLUMNS, roles([1, 'label'])).problem).toBe('twoLabels')
    expect(choicesFromRoles(COLUMNS, roles([3, 'target'])).problem).toBe('labelAndTargets')
    expect(
      choicesFromRoles(COLUMNS, roles([1, 'ignore'], [2, 'ignore'], [3, 'ignore'])).problem
    ).toBe('noFeatures')
  })
})
