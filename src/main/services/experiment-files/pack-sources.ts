import type { LabDatabase } from '../../db/lab-database'
import type { LabHome } from '../../home'

/** What packing and unpacking experiments read and write: the store and the home's folders. */
export interface PackSources {
  db: LabDatabase
  home: LabHome
}
