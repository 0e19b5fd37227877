import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { TABLE_FORMATS, tableFormatOf } from '../../../../shared/model/table-formats'

/** Names of a features array among .npy files (`X.npy`, `x_train.npy`, `features.npy`). */
const FEATURES_NPY = /^(x|features|inputs|data)([_-].*)?\.npy$/i

/** True when a file name ends like one of the table formats (CSV/TSV text included). */
function isTableName(name: string): boolean {
  const lower = name.toLowerCase()
  return Object.values(TABLE_FORMATS).some(({ extensions }) =>
    extensions.some((extension) => lower.endsWith(`.${extension}`))
  )
}

/**
 * The table a folder of loose files stands for, or null: several files dropped together (in
 * browser mode they arrive as one folder) such as `X.npy` + `y.npy`, or one table file with a
 * README beside it. A folder with subfolders is an image folder, and IDX files are IDX.
 */
export async function tableInFolder(folder: string): Promise<string | null> {
  const entries = await readdir(folder, { withFileTypes: true })
  const visible = entries.filter((entry) => !entry.name.startsWith('.'))
  if (visible.some((entry) => entry.isDirectory())) return null
  const names = visible.filter((entry) => entry.isFile()).map((entry) => entry.name)
  if (names.some((name) => name.includes('-idx'))) return null
  const tables = names.filter(isTableName).filter((name) => !/^readme/i.test(name))
  const npy = tables.filter((name) => tableFormatOf(name) === 'npy')
  if (npy.length === 2 && tables.length === 2) {
    const features = npy.find((name) => FEATURES_NPY.test(name))
    return features ? join(folder, features) : null
  }
  return tables.length === 1 ? join(folder, tables[0]) : null
}
