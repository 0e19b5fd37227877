/**
 * HTML pieces of the run report: escaping, key/value tables, the per-epoch metrics table and the
 * confusion matrix.
 */

/** Text made safe for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** A number for a table: up to 6 significant digits, or "–" for a missing value. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–'
  if (Number.isInteger(value)) return String(value)
  return Number(value.toPrecision(6)).toString()
}

/** A two-column table of labelled values (already formatted text). */
export function keyValueTable(rows: readonly [string, string][]): string {
  const body = rows
    .map(
      ([key, value]) =>
        `<tr><th scope="row">${escapeHtml(key)}</th><td>${escapeHtml(value)}</td></tr>`
    )
    .join('')
  return `<table class="facts">${body}</table>`
}

/** A table with a header row and rows of cells (already formatted text). */
export function dataTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  className: string
): string {
  const head = header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('')
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('')
  return `<table class="${className}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
}

/** A confusion matrix: counts[true class][predicted class] over one split. */
export interface ConfusionMatrix {
  /** Which rows were counted, e.g. `validation`. */
  split: string
  classes: string[]
  counts: number[][]
}

/**
 * The confusion matrix as a table: a row per true class, a column per predicted class, each cell
 * shaded by its share of the row (correct predictions lie on the diagonal).
 */
export function confusionTable(matrix: ConfusionMatrix): string {
  const head = matrix.classes.map((name) => `<th scope="col">${escapeHtml(name)}</th>`).join('')
  const body = matrix.counts
    .map((row, trueClass) => {
      const total = row.reduce((sum, count) => sum + count, 0) || 1
      const cells = row
        .map((count, predicted) => {
          const share = count / total
          const hue = predicted === trueClass ? '34, 139, 34' : '200, 40, 40'
          return `<td style="background: rgba(${hue}, ${(share * 0.8).toFixed(3)})">${count}</td>`
        })
        .join('')
      return `<tr><th scope="row">${escapeHtml(matrix.classes[trueClass])}</th>${cells}</tr>`
    })
    .join('')
  return `<table class="confusion"><thead><tr><th>true \\ predicted</th>${head}</tr></thead><tbody>${body}</tbody></table>`
}
