import { createHash, randomBytes } from 'node:crypto'
import {
  existsSync,
  openSync,
  readSync,
  closeSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import type { TaskDraft } from '../../../shared/model/task'
import { userError } from '../../../shared/errors'
import { ENGINE_VERSION } from '../../engine'
import { experimentFileFault } from '../../machine-faults'
import type { PackSources } from './pack-sources'
import {
  CHUNK_BYTES,
  LOCAL_RUN_COLUMNS,
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  PACK_SCHEMA,
  SERIES_TABLES,
  type PackManifest,
  type PackedTask
} from './pack-format'

/** What to pack. */
export interface PackRequest {
  runIds: string[]
  /** A teacher's task on the experiment of `task.runId`. */
  task?: TaskDraft | null
  /** Replace an existing file (the desktop Save dialog has asked); otherwise one is refused. */
  overwrite?: boolean
  appVersion: string
  /** Called as dataset bytes are copied. */
  onProgress?: (done: number, total: number) => void
  signal?: AbortSignal
}

/** What a pack holds. */
export interface PackSummary {
  file: string
  runs: number
  experiments: number
  datasets: number
  bytes: number
}

/**
 * Writes runs, their experiments and datasets (the stored files as they are) into one `.bplab`
 * file: to a hidden temporary file beside it first, renamed into place only when complete, so a
 * cancelled, failed or killed pack leaves no half file under the name.
 */
export async function writePack(
  lab: PackSources,
  out: string,
  request: PackRequest
): Promise<PackSummary> {
  const runs = request.runIds.map((runId) => {
    const run = lab.db.runs.get(runId)
    if (!run) throw userError('pack.noRun', { runId })
    if (run.status === 'running') throw userError('pack.stillTraining', { runId })
    return run
  })
  if (runs.length === 0) throw userError('pack.noRuns', {})
  if (existsSync(out) && !request.overwrite) throw userError('pack.exists', { file: out })
  if (!isFolder(dirname(out))) throw userError('pack.noFolder', { folder: dirname(out) })
  const task = packedTask(
    lab,
    request.task ?? null,
    runs.map((run) => run.experimentId)
  )
  const hideRuns = request.task?.hideRuns === true
  const packedRuns = hideRuns ? [] : runs
  const experimentIds = [...new Set(runs.map((run) => run.experimentId))]
  const datasetIds = [...new Set(runs.flatMap((run) => (run.datasetId ? [run.datasetId] : [])))]
  const temporary = join(
    dirname(out),
    `.${basename(out)}.${randomBytes(4).toString('hex')}.partial`
  )
  let pack: Database.Database | null = null
  let bytes = 0
  try {
    // Opened inside: a folder that cannot take the file (read-only, no permission) is the
    // file's own fault, said with its name, like a disk that fills while it is written.
    pack = new Database(temporary)
    pack.exec(PACK_SCHEMA)
    pack.exec('BEGIN')
    const copy = lab.db.connection
    for (const id of experimentIds)
      pack
        .prepare('INSERT INTO experiments (id, row) VALUES (?, ?)')
        .run(id, rowJson(copy, 'experiments', id))
    for (const run of packedRuns) {
      pack
        .prepare('INSERT INTO runs (id, row) VALUES (?, ?)')
        .run(run.runId, rowJson(copy, 'runs', run.runId))
      for (const [table, columns] of Object.entries(SERIES_TABLES))
        copySeries(copy, pack, table, columns, run.runId)
    }
    const files = datasetIds.flatMap((id) => datasetFiles(lab, id))
    const total = files.reduce((sum, file) => sum + file.size, 0)
    for (const id of datasetIds)
      pack
        .prepare('INSERT INTO datasets (id, row) VALUES (?, ?)')
        .run(id, rowJson(copy, 'datasets', id))
    for (const file of files) {
      bytes += await copyFile(
        pack,
        file,
        (done) => request.onProgress?.(bytes + done, total),
        request.signal
      )
    }
    const manifest: PackManifest = {
      format: PACK_FORMAT,
      formatVersion: PACK_FORMAT_VERSION,
      appVersion: request.appVersion,
      engineVersion: ENGINE_VERSION,
      createdAt: new Date().toISOString(),
      counts: tableCounts(pack),
      task
    }
    const insert = pack.prepare('INSERT INTO manifest (key, value) VALUES (?, ?)')
    for (const [key, value] of Object.entries(manifest)) insert.run(key, JSON.stringify(value))
    pack.exec('COMMIT')
    pack.close()
    renameSync(temporary, out)
  } catch (error) {
    if (pack?.open) pack.close()
    rmSync(temporary, { force: true })
    throw experimentFileFault(error, out) ?? error
  }
  return {
    file: out,
    runs: packedRuns.length,
    experiments: experimentIds.length,
    datasets: datasetIds.length,
    bytes: statSync(out).size
  }
}

/** The task to pack: the draft given, else the task an experiment packed already carries. */
function packedTask(
  lab: PackSources,
  draft: TaskDraft | null,
  experimentIds: string[]
): PackedTask | null {
  if (draft) {
    const run = lab.db.runs.get(draft.runId)
    if (!run) throw userError('pack.taskNoRun', { runId: draft.runId })
    if (!experimentIds.includes(run.experimentId))
      throw userError('pack.taskRunNotPacked', { runId: draft.runId })
    if (!draft.text.en.trim() && !draft.text['zh-CN'].trim()) throw userError('pack.taskEmpty', {})
    const { name: _name, ...config } = run.config
    return {
      experimentId: run.experimentId,
      datasetId: run.datasetId,
      config: { ...config, initModel: null },
      locked: draft.locked,
      text: draft.text,
      target: draft.target
    }
  }
  for (const experimentId of experimentIds) {
    const task = lab.db.tasks.forExperiment(experimentId)
    if (task) {
      const { taskId: _taskId, ...packed } = task
      return packed
    }
  }
  return null
}

/** A lab row as JSON of its columns (without what belongs to the process that trained a run). */
function rowJson(database: Database.Database, table: string, id: string): string {
  const row = database.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<
    string,
    unknown
  >
  if (table === 'runs') for (const column of LOCAL_RUN_COLUMNS) delete row[column]
  return JSON.stringify(row)
}

function copySeries(
  from: Database.Database,
  to: Database.Database,
  table: string,
  columns: readonly string[],
  runId: string
): void {
  const list = columns.join(', ')
  const insert = to.prepare(
    `INSERT INTO ${table} (${list}) VALUES (${columns.map(() => '?').join(', ')})`
  )
  for (const row of from
    .prepare(`SELECT ${list} FROM ${table} WHERE run_id = ?`)
    .raw()
    .iterate(runId))
    insert.run(...(row as unknown[]))
}

interface DatasetFile {
  datasetId: string
  name: string
  path: string
  size: number
}

/** Every stored file of a dataset, whatever its format (the store's files are packed as they are). */
function datasetFiles(lab: PackSources, datasetId: string): DatasetFile[] {
  const folder = join(lab.home.datasets, datasetId)
  if (!existsSync(folder)) throw userError('pack.datasetMissing', { dataset: datasetId, folder })
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(folder, entry.name)
      return { datasetId, name: entry.name, path, size: statSync(path).size }
    })
}

/** Copies one file in chunks, hashing it; returns its size. */
async function copyFile(
  pack: Database.Database,
  file: DatasetFile,
  progress: (done: number) => void,
  signal: AbortSignal | undefined
): Promise<number> {
  const hash = createHash('sha256')
  const insert = pack.prepare(
    'INSERT INTO file_chunks (dataset_id, name, chunk, data) VALUES (?, ?, ?, ?)'
  )
  const handle = openSync(file.path, 'r')
  const buffer = Buffer.alloc(CHUNK_BYTES)
  let done = 0
  try {
    for (let chunk = 0; ; chunk++) {
      signal?.throwIfAborted()
      const read = readSync(handle, buffer, 0, CHUNK_BYTES, null)
      if (read === 0 && chunk > 0) break
      const data = buffer.subarray(0, read)
      hash.update(data)
      insert.run(file.datasetId, file.name, chunk, data)
      done += read
      progress(done)
      if (read < CHUNK_BYTES) break
      await new Promise((resolve) => setImmediate(resolve))
    }
  } finally {
    closeSync(handle)
  }
  pack
    .prepare('INSERT INTO dataset_files (dataset_id, name, bytes, sha256) VALUES (?, ?, ?, ?)')
    .run(file.datasetId, file.name, done, hash.digest('hex'))
  return done
}

/** Rows per table of the pack, for the manifest. */
export function tableCounts(pack: Database.Database): Record<string, number> {
  const tables = [
    'datasets',
    'dataset_files',
    'file_chunks',
    'experiments',
    'runs',
    ...Object.keys(SERIES_TABLES)
  ]
  return Object.fromEntries(
    tables.map((table) => [
      table,
      (pack.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
    ])
  )
}

/** True when `path` is a folder; false when it is missing, a file, or under a file. */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
