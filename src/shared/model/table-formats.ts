/**
 * The table formats the lab imports, one record each: its name for people and the file name
 * endings it is known by. The importers (main), the open dialog's filters and the README read
 * this table; every other per-format table is `satisfies Record<TableFormat, …>`.
 */
export const TABLE_FORMATS = {
  csv: { label: 'CSV/TSV (also .gz)', extensions: ['csv', 'tsv', 'txt', 'gz'] },
  json: { label: 'JSON (an array of records)', extensions: ['json'] },
  jsonl: { label: 'JSON Lines', extensions: ['jsonl', 'ndjson'] },
  npy: { label: 'NumPy .npy (with a labels .npy)', extensions: ['npy'] },
  npz: { label: 'NumPy .npz', extensions: ['npz'] },
  xlsx: { label: 'Excel workbook', extensions: ['xlsx'] },
  parquet: { label: 'Parquet', extensions: ['parquet'] }
} as const satisfies Record<string, { label: string; extensions: readonly string[] }>

export type TableFormat = keyof typeof TABLE_FORMATS

/** The format a file's name says it is in; anything else is read as CSV/TSV text. */
export function tableFormatOf(path: string): TableFormat {
  const name = path.toLowerCase()
  for (const [format, { extensions }] of Object.entries(TABLE_FORMATS)) {
    if (format !== 'csv' && extensions.some((extension) => name.endsWith(`.${extension}`)))
      return format as TableFormat
  }
  return 'csv'
}
