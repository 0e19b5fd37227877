/** How one confusion-matrix cell is drawn. */
export interface ConfusionCell {
  count: number
  /** Share of the actual class's rows (0 to 1; 0 for an empty row). */
  share: number
  background: string
  /** Light text on dark cells. */
  lightText: boolean
  diagonal: boolean
}

/**
 * Cells of a confusion matrix (rows actual, columns predicted), shaded by each cell's share of
 * its row: the palette's `--confusion-fill` blue from nearly transparent (none) to solid (every
 * row of that class), mixed over the panel, light or dark.
 */
export function confusionCells(matrix: readonly (readonly number[])[]): ConfusionCell[][] {
  return matrix.map((row, actual) => {
    const total = row.reduce((sum, count) => sum + count, 0)
    return row.map((count, predicted) => {
      const share = total > 0 ? count / total : 0
      return {
        count,
        share,
        background: `color-mix(in srgb, var(--confusion-fill) ${(100 * (0.06 + 0.94 * share)).toFixed(1)}%, transparent)`,
        lightText: share > 0.5,
        diagonal: actual === predicted
      }
    })
  })
}

/** A cell in its place: its row (the actual class) and column (the predicted class), by index and name. */
export interface ConfusionPlace {
  cell: ConfusionCell
  actual: number
  predicted: number
  actualName: string
  predictedName: string
}

/** Every cell of a matrix in its place, naming a class by its index where `classes` has no name. */
export function confusionPlaces(
  matrix: readonly (readonly number[])[],
  classes: readonly string[]
): ConfusionPlace[][] {
  const className = (index: number) => classes[index] ?? String(index)
  return confusionCells(matrix).map((row, actual) =>
    row.map((cell, predicted) => ({
      cell,
      actual,
      predicted,
      actualName: className(actual),
      predictedName: className(predicted)
    }))
  )
}
