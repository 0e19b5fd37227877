import type { TableFormat } from '../../../../shared/model/table-formats'
import type { ImportOptions } from '../imported-dataset'
import { readJsonLinesTable, readJsonTable } from './json-table'
import { readNpyTable, readNpzTable } from './npy-table'
import { readParquetTable } from './parquet-table'
import type { ReadTable } from './table-import'
import { readXlsxTable } from './xlsx-table'

/** Reads one table format whole (`path` as the user named it, `file` resolved). */
type TableReader = (path: string, file: string, options: ImportOptions) => Promise<ReadTable>

/** The reader of each format but CSV, which is streamed (csv-importer.ts). */
export const TABLE_READERS = {
  json: readJsonTable,
  jsonl: readJsonLinesTable,
  npy: readNpyTable,
  npz: readNpzTable,
  xlsx: readXlsxTable,
  parquet: readParquetTable
} satisfies Record<Exclude<TableFormat, 'csv'>, TableReader>
