import type { PreviewRow } from '@shared/model/dataset-preview'

/**
 * The number a stored Float32 value was written as: the one with the fewest significant digits
 * that rounds to the same Float32 (0.05, not 0.05000000074505806).
 */
export function decimalOfFloat32(value: number): number {
  const stored = Math.fround(value)
  for (let digits = 1; digits <= 9; digits++) {
    const candidate = Number(value.toPrecision(digits))
    if (Math.fround(candidate) === stored) return candidate
  }
  return value
}

/**
 * The target row a stored dataset row trains towards: its regression targets, or the one-hot
 * row of its class among `classes` (empty for a row with neither).
 */
export function targetRowOf(row: PreviewRow, classes: number): number[] {
  if (row.targets) return row.targets
  if (row.label === null) return []
  return Array.from({ length: classes }, (_, index) => (index === row.label ? 1 : 0))
}

/** A 0-based row moved by `step`, kept within a dataset of `rows` rows. */
export function clampRow(row: number, step: number, rows: number): number {
  return Math.min(Math.max(0, row + step), Math.max(0, rows - 1))
}

/** Layer widths from inputs to outputs in a run's architecture text ("784-128-10", "30-1 logistic regression"). */
export function architectureWidths(architecture: string): number[] {
  const widths = architecture.split(' ')[0].split('-').map(Number)
  return widths.every((width) => Number.isInteger(width) && width > 0) ? widths : []
}
