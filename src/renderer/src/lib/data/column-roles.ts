import type { ColumnRoleName, CsvColumn } from '@shared/model/dataset-preview'
import type { ImportChoices } from '@renderer/stores/datasets'

/** Why a set of column roles cannot be imported (an i18n key under `data.columns.problems`). */
export type RoleProblem = 'noOutput' | 'twoLabels' | 'labelAndTargets' | 'noFeatures'

/** The import options for some column roles, or the reason they do not make a dataset. */
export type RoleMapping =
  { choices: ImportChoices; problem: null } | { choices: null; problem: RoleProblem }

/**
 * Turns the roles chosen for a CSV's columns (in file order) into import options: one label
 * column (classes) or some target columns (regression), and the columns to leave out. Options
 * that are the importer's defaults are not passed (the last column as the label, the columns it
 * leaves out by itself), so unchanged roles re-import to the same dataset.
 */
export function choicesFromRoles(
  columns: readonly CsvColumn[],
  roles: readonly ColumnRoleName[]
): RoleMapping {
  const named = (role: ColumnRoleName) =>
    columns.filter((_, index) => roles[index] === role).map((column) => column.name)
  const labels = named('label')
  const targets = named('target')
  if (labels.length > 1) return { choices: null, problem: 'twoLabels' }
  if (labels.length === 1 && targets.length > 0)
    return { choices: null, problem: 'labelAndTargets' }
  if (labels.length === 0 && targets.length === 0) return { choices: null, problem: 'noOutput' }
  if (named('feature').length === 0) return { choices: null, problem: 'noFeatures' }
  const choices: ImportChoices = {}
  if (targets.length > 0) choices.targets = targets
  else if (labels[0] !== columns.at(-1)?.name) choices.labelColumn = labels[0]
  const ignoreColumns = columns
    .filter(
      (column, index) =>
        roles[index] === 'ignore' && !(column.role === 'ignore' && column.leftOutByImporter)
    )
    .map((column) => column.name)
  if (ignoreColumns.length > 0) choices.ignoreColumns = ignoreColumns
  return { choices, problem: null }
}

/** True when some column's chosen role differs from the one it has now. */
export function rolesChanged(
  columns: readonly CsvColumn[],
  roles: readonly ColumnRoleName[]
): boolean {
  return columns.some((column, index) => column.role !== roles[index])
}
