import { LIMITS, type LimitName } from '../limits'

/**
 * Faults of the machine (a full disk, a read-only folder, a busy port) and files that cannot be
 * read, in English: part of the message table (../messages.ts), translated in the renderer.
 * Each names the file or folder, says what went wrong and what to do.
 */

/** Faults by the code Node (errno) or SQLite gives them. */
export type MachineFaultCode =
  | 'ENOSPC'
  | 'SQLITE_FULL'
  | 'EDQUOT'
  | 'EROFS'
  | 'SQLITE_READONLY'
  | 'SQLITE_CANTOPEN'
  | 'EACCES'
  | 'EPERM'
  | 'EMFILE'
  | 'SQLITE_BUSY'

/** How an experiment file the user named tells a fault met while writing or reading it. */
export type StorageFault = 'full' | 'quota' | 'readOnly' | 'permission' | 'cannotOpen'
const STORAGE_FAULTS: Record<StorageFault, string> = {
  full: 'the disk is full',
  quota: 'the disk quota is used up',
  readOnly: 'the folder is read-only',
  permission: 'permission denied',
  cannotOpen: 'it cannot be opened'
}

const WRITABLE = 'use a writable folder (--home DIR or BACKPROP_LAB_HOME)'
const FREE_SPACE = 'free some space and try again'
const MAY_WRITE = 'use a folder this user may write (--home DIR or BACKPROP_LAB_HOME)'
const CHOOSE = 'choose a folder this user may write to'
const CLOSE = 'close other programs and try again'
/**
 * What went wrong, what to do in the lab's home, what to do in a folder the user chose, and how
 * an experiment file tells it (null: as in the lab's home, with the advice).
 */
export const MACHINE_FAULTS: Record<
  MachineFaultCode,
  { what: string; advice: string; chosen: string; storage: StorageFault | null }
> = {
  ENOSPC: { what: 'the disk is full', advice: FREE_SPACE, chosen: FREE_SPACE, storage: 'full' },
  SQLITE_FULL: {
    what: 'the disk is full',
    advice: FREE_SPACE,
    chosen: FREE_SPACE,
    storage: 'full'
  },
  EDQUOT: {
    what: 'the disk quota is used up',
    advice: FREE_SPACE,
    chosen: FREE_SPACE,
    storage: 'quota'
  },
  EROFS: {
    what: 'the file system is read-only',
    advice: WRITABLE,
    chosen: CHOOSE,
    storage: 'readOnly'
  },
  SQLITE_READONLY: {
    what: 'the database cannot be written (a read-only folder or file)',
    advice: WRITABLE,
    chosen: CHOOSE,
    storage: 'readOnly'
  },
  SQLITE_CANTOPEN: {
    what: 'the file cannot be opened (a missing or read-only folder, or no permission)',
    advice: WRITABLE,
    chosen: CHOOSE,
    storage: 'cannotOpen'
  },
  EACCES: { what: 'permission denied', advice: MAY_WRITE, chosen: CHOOSE, storage: 'permission' },
  EPERM: {
    what: 'operation not permitted',
    advice: MAY_WRITE,
    chosen: CHOOSE,
    storage: 'permission'
  },
  EMFILE: { what: 'too many files are open', advice: CLOSE, chosen: CLOSE, storage: null },
  SQLITE_BUSY: {
    what: "the lab's database is locked by another process",
    advice: 'try again; a process stopped in the middle of a write holds it until it goes on',
    chosen: CLOSE,
    storage: null
  }
}

/** Why SQLite cannot open the lab's database. */
export type DatabaseFault = 'notDatabase' | 'corrupt' | 'readOnly' | 'cannotOpen' | 'full' | 'busy'
const DATABASE_FAULTS: Record<DatabaseFault, string> = {
  notDatabase:
    'is not a Backprop Lab database (it is damaged, or another kind of file); move it aside to start an empty lab (its dataset folders can be added back), or use another --home',
  corrupt:
    'is damaged (SQLITE_CORRUPT); put back a backup, or move it aside to start an empty lab (its dataset folders can be added back)',
  readOnly:
    'cannot be written: its folder or the file is read-only; use a writable folder (--home DIR or BACKPROP_LAB_HOME)',
  cannotOpen:
    'cannot be opened (a read-only or missing folder, or no permission); use a writable folder (--home DIR or BACKPROP_LAB_HOME)',
  full: 'cannot be written: the disk is full (SQLITE_FULL); free some space and try again',
  busy: 'is locked by another program for too long; close other programs using it and try again'
}

/** What a file was expected to be, in messages about reading it. */
export type FileKind = 'model' | 'experiment' | 'npy' | 'npz' | 'data' | 'image' | 'idx' | 'csv'
export const FILE_KIND_WORDS: Record<FileKind, string> = {
  model: 'a model file',
  experiment: 'an experiment file',
  npy: 'a NumPy array file',
  npz: 'a NumPy .npz file',
  data: 'a data file',
  image: 'an image file',
  idx: 'an IDX file',
  csv: 'a CSV file'
}

/** A bound a file or value went over: which, as shown, and the variable that raises it. */
export interface OverLimit {
  limit: LimitName
  bound: string
  env: string | null
}

/** `over the lab's limit of 256 MiB per model file (set … to raise it)`. */
export const overBound = (p: OverLimit): string =>
  `over the lab's limit of ${p.bound} ${LIMITS[p.limit].noun} (${p.env ? `set ${p.env} to raise it` : 'a fixed limit'})`

/** Why a file could not be read (said after its name). */
export type ReadProblem =
  | { kind: 'missing' }
  | { kind: 'folder'; what: FileKind }
  | { kind: 'permission' }
  | { kind: 'notRegular'; what: FileKind }
  | ({ kind: 'tooLarge'; bytes: number } & OverLimit)
  | { kind: 'other'; code: string }

export const readProblemText = (p: ReadProblem): string => {
  switch (p.kind) {
    case 'missing':
      return 'no such file'
    case 'folder':
      return `is a folder, not ${FILE_KIND_WORDS[p.what]}`
    case 'permission':
      return 'permission denied (this user may not read it)'
    case 'notRegular':
      return `not a regular file (a device, FIFO or socket), so not ${FILE_KIND_WORDS[p.what]}`
    case 'tooLarge':
      return `${p.bytes} bytes is ${overBound(p)}`
    case 'other':
      return `cannot read (${p.code})`
  }
}

export const FAULT_MESSAGES = {
  'fault.machine': (p: { file?: string; code: MachineFaultCode }) =>
    `${p.file ? `${p.file}: ` : ''}${MACHINE_FAULTS[p.code].what} (${p.code}); ${MACHINE_FAULTS[p.code].advice}`,
  'fault.chosenFolder': (p: { folder: string; code: MachineFaultCode }) =>
    `${p.folder}: ${MACHINE_FAULTS[p.code].what} (${p.code}); ${MACHINE_FAULTS[p.code].chosen}`,
  'fault.storage': (p: { file: string; fault: StorageFault }) =>
    `${p.file}: ${STORAGE_FAULTS[p.fault]}`,
  'fault.database': (p: { file: string; fault: DatabaseFault }) =>
    `${p.file}: ${DATABASE_FAULTS[p.fault]}`,
  'fault.databaseIo': (p: { file: string; code: string }) =>
    `${p.file}: cannot be read or written (${p.code}); check the disk and the folder`,
  'fault.databaseNewer': (p: { file: string; version: number; known: number }) =>
    `${p.file}: written by a newer Backprop Lab (schema version ${p.version}; this one knows up to ${p.known}); update Backprop Lab, or use another --home folder`,
  'fault.home': (p: { home: string; code: string }) =>
    `cannot create the lab's home folder ${p.home} (${p.code}); choose another with --home DIR or BACKPROP_LAB_HOME`,
  'fault.homeIsFile': (p: { home: string; file: string }) =>
    `cannot create the lab's home folder ${p.home} (${p.file} is a file); choose another with --home DIR or BACKPROP_LAB_HOME`,
  'fault.portInUse': (p: { port: number }) =>
    `port ${p.port} on 127.0.0.1 is in use (another serve?); choose another with --port, or leave --port out for a free one`,
  'fault.portPrivileged': (p: { port: number }) =>
    `port ${p.port} on 127.0.0.1 needs privileges this user lacks; choose a port above 1023 with --port`,
  'fault.pageMissing': (p: { page: string; root: string }) =>
    `${p.page} is missing: this copy of Backprop Lab is incomplete; build it ('npm run build' in ${p.root}) or install the app again`,
  'fault.limitValue': (p: { env: string; text: string }) =>
    `${p.env}: expected a whole number above 0, got "${p.text}"`,
  'read.failed': (p: { file: string; problem: ReadProblem }) =>
    `${p.file}: ${readProblemText(p.problem)}`
} satisfies Record<string, (params: never) => string>
