import { createHash } from 'node:crypto'
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync
} from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Task } from '../../../shared/model/task'
import { userError } from '../../../shared/errors'
import { nextId } from '../../db/connection'
import { experimentFileFault } from '../../machine-faults'
import { notRegularFile } from '../file-reading'
import type { PackSources } from './pack-sources'
import { PACK_FORMAT, PACK_FORMAT_VERSION, SERIES_TABLES, type PackManifest } from './pack-format'
import { tableCounts } from './pack-writer'
import { insertRow, type IdMaps } from './pack-rows'
import { PackRefusal } from './pack-refusal'

/** What opening an experiment file brought into the lab, under the lab's new ids. */
export interface UnpackSummary {
  experiments: { experimentId: string; name: string }[]
  runs: { runId: string; name: string }[]
  datasets: { datasetId: string; name: string; reused: boolean }[]
  task: Task | null
}

/**
 * Brings an experiment file into the lab: every dataset (reusing one the lab has from the same
 * import, after checking the file's copy against its hash), experiment, run and task under new
 * ids, so nothing the lab has is ever overwritten. A file of a newer format, a damaged or
 * truncated file, or a dataset whose bytes do not match their hash is refused with one line, and
 * leaves nothing behind.
 */
export async function readPack(
  lab: PackSources,
  file: string,
  options: { signal?: AbortSignal } = {}
): Promise<UnpackSummary> {
  const pack = openPack(file)
  const written: string[] = []
  try {
    const manifest = readManifest(pack, file)
    checkIntact(pack, file, manifest)
    const maps: IdMaps = {
      datasets: new Map(),
      experiments: new Map(),
      runs: new Map(),
      races: new Map()
    }
    const datasets = await placeDatasets(lab, pack, file, maps, written, options.signal)
    return lab.db.transaction(() => {
      const db = lab.db.connection
      for (const { id, row } of packRows(pack, 'datasets')) {
        if (!datasets.get(id)!.reused)
          insertRow(db, 'datasets', row, { id: maps.datasets.get(id)! })
      }
      const experiments = packRows(pack, 'experiments').map(({ id, row }) => {
        const experimentId = nextId(db, 'e')
        maps.experiments.set(id, experimentId)
        insertRow(db, 'experiments', row, {
          id: experimentId,
          dataset_id: mapped(maps.datasets, row.dataset_id)
        })
        return { experimentId, name: String(row.name) }
      })
      const runs = packRows(pack, 'runs')
      for (const { id } of runs) maps.runs.set(id, nextId(db, 'r'))
      const placed = runs.map(({ id, row }) => {
        const runId = maps.runs.get(id)!
        const raceId = row.race_id === null ? null : raceOf(db, maps, String(row.race_id))
        const parent = mapped(maps.runs, row.parent_run_id)
        insertRow(db, 'runs', row, {
          id: runId,
          experiment_id: maps.experiments.get(String(row.experiment_id))!,
          dataset_id: mapped(maps.datasets, row.dataset_id),
          parent_run_id: parent,
          parent_epoch: parent === null ? null : row.parent_epoch,
          race_id: raceId
        })
        copySeries(pack, db, id, runId)
        return { runId, name: String(row.name) }
      })
      const task = manifest.task ? placeTask(lab, manifest, maps) : null
      return {
        experiments,
        runs: placed,
        datasets: [...datasets.values()],
        task
      }
    })
  } catch (error) {
    for (const folder of written) rmSync(folder, { recursive: true, force: true })
    throw packError(error, file)
  } finally {
    pack.close()
  }
}

function openPack(file: string): Database.Database {
  if (!existsSync(file)) throw userError('read.failed', { file, problem: { kind: 'missing' } })
  if (!statSync(file).isFile()) throw notRegularFile(file, 'experiment')
  try {
    return new Database(file, { readonly: true, fileMustExist: true })
  } catch (error) {
    throw new PackRefusal(
      'not-a-pack',
      `${file}: not a Backprop Lab experiment file (${(error as Error).message})`
    )
  }
}

function readManifest(pack: Database.Database, file: string): PackManifest {
  let entries: { key: string; value: string }[]
  try {
    entries = pack.prepare('SELECT key, value FROM manifest').all() as typeof entries
  } catch (error) {
    const message = (error as Error).message
    if (/no such table/.test(message))
      throw new PackRefusal(
        'not-a-pack',
        `${file}: not a Backprop Lab experiment file (it has no manifest)`
      )
    throw error
  }
  const manifest = Object.fromEntries(entries.map(({ key, value }) => [key, JSON.parse(value)]))
  if (manifest.format !== PACK_FORMAT)
    throw new PackRefusal(
      'not-a-pack',
      `${file}: not a Backprop Lab experiment file (its format is ${JSON.stringify(manifest.format)})`
    )
  if (typeof manifest.formatVersion !== 'number' || manifest.formatVersion > PACK_FORMAT_VERSION)
    throw new PackRefusal(
      'newer',
      `${file}: made by a newer Backprop Lab (${manifest.appVersion ?? 'unknown version'}, experiment format ${manifest.formatVersion}; this one reads up to ${PACK_FORMAT_VERSION}); update Backprop Lab to open it`
    )
  return manifest as PackManifest
}

/** Refuses a file whose pages or rows are not all there (cut short, or changed by hand). */
function checkIntact(pack: Database.Database, file: string, manifest: PackManifest): void {
  const check = pack.pragma('quick_check', { simple: true }) as string
  if (check !== 'ok') throw damaged(file, check.split('\n')[0])
  const counts = tableCounts(pack)
  for (const [table, count] of Object.entries(manifest.counts)) {
    if (counts[table] !== count)
      throw damaged(file, `${table} has ${counts[table] ?? 0} rows of ${count}`)
  }
}

function damaged(file: string, why: string): PackRefusal {
  return new PackRefusal(
    'damaged',
    `${file}: the file is damaged or cut short (${why}); ask for a fresh copy`
  )
}

/** A pack's SQLite errors from damage, as the same one line. */
function packError(error: unknown, file: string): unknown {
  const code = (error as { code?: string }).code
  if (code === 'SQLITE_NOTADB')
    return new PackRefusal(
      'not-a-pack',
      `${file}: not a Backprop Lab experiment file (not an SQLite file)`
    )
  if (code === 'SQLITE_CORRUPT') return damaged(file, (error as Error).message)
  return experimentFileFault(error, file) ?? error
}

function packRows(
  pack: Database.Database,
  table: string
): { id: string; row: Record<string, unknown> }[] {
  return (
    pack.prepare(`SELECT id, row FROM ${table} ORDER BY rowid`).all() as {
      id: string
      row: string
    }[]
  ).map(({ id, row }) => ({ id, row: JSON.parse(row) }))
}

function mapped(map: Map<string, string>, id: unknown): string | null {
  return id === null || id === undefined ? null : (map.get(String(id)) ?? null)
}

function raceOf(db: Database.Database, maps: IdMaps, race: string): string {
  let id = maps.races.get(race)
  if (!id) maps.races.set(race, (id = nextId(db, 'race')))
  return id
}

/**
 * Checks each dataset's files against their hashes, then either reuses the lab's own copy (same
 * import) or writes them into a new dataset folder (renamed into place only when complete).
 */
async function placeDatasets(
  lab: PackSources,
  pack: Database.Database,
  file: string,
  maps: IdMaps,
  written: string[],
  signal: AbortSignal | undefined
): Promise<Map<string, UnpackSummary['datasets'][number]>> {
  const placed = new Map<string, UnpackSummary['datasets'][number]>()
  for (const { id, row } of packRows(pack, 'datasets')) {
    const existing = lab.db.datasets.findByImportKey(String(row.import_key))
    const datasetId = existing?.datasetId ?? nextId(lab.db.connection, 'd')
    const folder = join(lab.home.datasets, datasetId)
    const partial = `${folder}.partial`
    if (!existing) {
      mkdirSync(partial, { recursive: true })
      written.push(partial)
    }
    const files = pack
      .prepare('SELECT name, bytes, sha256 FROM dataset_files WHERE dataset_id = ?')
      .all(id) as {
      name: string
      bytes: number
      sha256: string
    }[]
    for (const stored of files) {
      signal?.throwIfAborted()
      const hash = createHash('sha256')
      const out = existing ? null : openSync(join(partial, stored.name), 'w')
      try {
        for (const [data] of pack
          .prepare('SELECT data FROM file_chunks WHERE dataset_id = ? AND name = ? ORDER BY chunk')
          .raw()
          .iterate(id, stored.name) as Iterable<[Buffer]>) {
          hash.update(data)
          if (out !== null) writeSync(out, data)
        }
      } finally {
        if (out !== null) closeSync(out)
      }
      if (hash.digest('hex') !== stored.sha256)
        throw new PackRefusal(
          'hash-mismatch',
          `${file}: dataset "${row.name}" does not match its recorded hash (${stored.name}); the file was changed or damaged`
        )
      await new Promise((resolve) => setImmediate(resolve))
    }
    if (!existing) {
      renameSync(partial, folder)
      written[written.indexOf(partial)] = folder
    }
    maps.datasets.set(id, datasetId)
    placed.set(id, {
      datasetId,
      name: existing?.name ?? String(row.name),
      reused: existing !== undefined
    })
  }
  return placed
}

function copySeries(
  pack: Database.Database,
  db: Database.Database,
  from: string,
  to: string
): void {
  for (const [table, columns] of Object.entries(SERIES_TABLES)) {
    const insert = db.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
    )
    for (const row of pack
      .prepare(`SELECT ${columns.join(', ')} FROM ${table} WHERE run_id = ?`)
      .raw()
      .iterate(from)) {
      const values = row as unknown[]
      values[0] = to
      insert.run(...values)
    }
  }
}

function placeTask(lab: PackSources, manifest: PackManifest, maps: IdMaps): Task {
  const packed = manifest.task!
  return lab.db.tasks.insert({
    experimentId: maps.experiments.get(packed.experimentId)!,
    datasetId: mapped(maps.datasets, packed.datasetId),
    config: packed.config,
    locked: packed.locked as Task['locked'],
    text: packed.text,
    target: packed.target as Task['target']
  })
}
