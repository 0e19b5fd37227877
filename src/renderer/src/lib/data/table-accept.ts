import { TABLE_FORMATS } from '@shared/model/table-formats'

/** A file picker's `accept`: every table format the lab reads (IDX files, without extension, excepted). */
export const TABLE_ACCEPT = Object.values(TABLE_FORMATS)
  .flatMap(({ extensions }) => extensions.map((extension) => `.${extension}`))
  .join(',')
