/**
 * A column of a `DataTable` (components/common): its header, how its cells are written, and
 * what they carry. One record per column, so a table says what it shows, not how a table is built.
 */
export interface TableColumn<Row> {
  /** Names the column's slots: `head-<key>` draws its header, `cell-<key>` its cells. */
  key: string
  /** The header's text (also where a `head-<key>` slot draws more). */
  label: string
  /** Figures: right-aligned, in tabular digits (class `number` on the header and the cells). */
  numeric?: boolean
  /** The column names its row: its cells are row headers (`th scope="row"`). */
  rowHeader?: boolean
  /** Classes of the header. */
  headClass?: string
  /** Classes of every cell of the column. */
  cellClass?: string
  /** The header stands over this many columns (the next ones have none of their own). */
  headSpan?: number
  /** The cell's text, where no `cell-<key>` slot draws the cell. */
  text?: (row: Row, index: number) => string | number
  /** Attributes of one cell beyond its column's: a class, a style, a title, data-…. */
  cellAttrs?: (row: Row, index: number) => Record<string, unknown>
}

/** The columns that have a header of their own (a spanning header covers the ones after it). */
export function headedColumns<Row>(columns: readonly TableColumn<Row>[]): TableColumn<Row>[] {
  const headed: TableColumn<Row>[] = []
  for (let index = 0; index < columns.length; index += Math.max(1, columns[index]!.headSpan ?? 1))
    headed.push(columns[index]!)
  return headed
}
