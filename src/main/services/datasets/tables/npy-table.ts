import { createHash } from 'node:crypto'
import { access } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { unzipSync } from 'fflate'
import { UserError, userError } from '../../../../shared/errors'
import { limitOf } from '../../../../shared/limits'
import { message } from '../../../../shared/messages'
import { readRegularFile } from '../../file-reading'
import { unzipsOverLimit } from '../unzip-errors'
import type { ImportOptions } from '../imported-dataset'
import { arraysToTable, featuresTable, type NamedArray } from './arrays-table'
import type { ReadTable } from './table-import'

/**
 * NumPy arrays (npyjs parses the .npy format): a 2-D features array [rows × features] with its
 * labels array, either two .npy files side by side (`X.npy` + `y.npy`, `x_train.npy` +
 * `y_train.npy`, or `--labels FILE`) or two arrays in one .npz (`X`/`y`, `x`/`y`, our exports'
 * `inputs`/`targets`, or `--arrays FEATURES,LABELS`).
 */

/** Array names an .npz is searched for, features first, in this order. */
const NPZ_PAIRS: readonly [string, string][] = [
  ['X', 'y'],
  ['x', 'y'],
  ['X', 'Y'],
  ['inputs', 'targets'],
  ['features', 'labels'],
  ['x_train', 'y_train'],
  ['X_train', 'y_train'],
  ['data', 'target']
]

/** Parses one .npy (its bytes) into an array; `where` names it in messages. */
async function parseNpy(where: string, bytes: Uint8Array): Promise<NamedArray> {
  const { parse } = await import('npyjs')
  const copy = bytes.slice().buffer
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(copy)
  } catch (error) {
    const problem = (error as Error).message
    if (/dtype|descr|object|'O'|\|O/i.test(problem))
      throw userError('array.pythonObjects', { file: where })
    throw userError('file.notFormat', { file: where, format: 'npy', problem })
  }
  const data = parsed.data as unknown as ArrayLike<number | bigint | string | boolean>
  return { where, shape: parsed.shape, data, fortranOrder: parsed.fortranOrder }
}

/** Reads `X.npy` and the labels array beside it (or `options.labelsFile`). */
export async function readNpyTable(
  path: string,
  file: string,
  options: ImportOptions
): Promise<ReadTable> {
  const bytes = await readRegularFile(file, 'csvFileBytes', 'npy')
  const features = await parseNpy(path, bytes)
  const labelsPath = options.labelsFile ?? (await labelsBeside(path, file))
  const labelBytes = await readRegularFile(labelsPath, 'csvFileBytes', 'npy')
  const labels = await parseNpy(labelsPath, labelBytes)
  const contentHash = createHash('sha256').update(bytes).update(labelBytes).digest('hex')
  return {
    ...arraysToTable(path, features, labels),
    notes: [message('table.labelsFile', { file: basename(labelsPath) })],
    contentHash
  }
}

/** The labels .npy beside a features .npy: `X.npy` → `y.npy`, `x_train.npy` → `y_train.npy`, … */
async function labelsBeside(path: string, file: string): Promise<string> {
  const name = basename(file)
  const candidates = [
    name.replace(/(^|[_-])X(?=[_.-])/, '$1y'),
    name.replace(/(^|[_-])x(?=[_.-])/, '$1y'),
    name.replace(/features/i, 'labels'),
    name.replace(/inputs/i, 'targets'),
    'y.npy',
    'labels.npy'
  ].filter((candidate, index, all) => candidate !== name && all.indexOf(candidate) === index)
  for (const candidate of candidates) {
    const full = join(dirname(file), candidate)
    if (
      await access(full).then(
        () => true,
        () => false
      )
    )
      return full
  }
  throw userError('array.noLabelsFile', { file: path, candidates })
}

/**
 * The features array alone, for predicting (which needs no labels): `X.npy` by itself, or the
 * features of an .npz (of its X/y pair, or an array named like features with no labels beside).
 */
export async function readFeaturesArray(path: string, file: string): Promise<ReadTable> {
  if (!/\.npz$/i.test(path)) {
    const bytes = await readRegularFile(file, 'csvFileBytes', 'npy')
    const table = featuresTable(path, await parseNpy(path, bytes))
    return { table, notes: [], contentHash: createHash('sha256').update(bytes).digest('hex') }
  }
  const bytes = await readRegularFile(file, 'csvFileBytes', 'npz')
  const members = unzipMembers(path, bytes)
  const names = Object.keys(members).map((member) => member.replace(/\.npy$/, ''))
  const name =
    NPZ_PAIRS.find(([x, y]) => names.includes(x) && names.includes(y))?.[0] ??
    NPZ_PAIRS.map(([x]) => x).find((x) => names.includes(x))
  if (name === undefined) throw userError('data.npzNoFeatures', { file: path, names })
  const table = featuresTable(path, await parseNpy(`${path}[${name}]`, members[`${name}.npy`]))
  return { table, notes: [], contentHash: createHash('sha256').update(bytes).digest('hex') }
}

/** Reads the features and labels arrays of an .npz. */
export async function readNpzTable(
  path: string,
  file: string,
  options: ImportOptions
): Promise<ReadTable> {
  const bytes = await readRegularFile(file, 'csvFileBytes', 'npz')
  const members = unzipMembers(path, bytes)
  const names = Object.keys(members).map((member) => member.replace(/\.npy$/, ''))
  const pair = options.arrays
    ? [options.arrays.features, options.arrays.labels]
    : NPZ_PAIRS.find(([x, y]) => names.includes(x) && names.includes(y))
  if (!pair) {
    throw userError('array.noPair', { file: path, names })
  }
  for (const name of pair) {
    if (!names.includes(name)) throw userError('array.noArray', { file: path, name, names })
  }
  const [x, y] = pair
  const features = await parseNpy(`${path}[${x}]`, members[`${x}.npy`])
  const labels = await parseNpy(`${path}[${y}]`, members[`${y}.npy`])
  return {
    ...arraysToTable(path, features, labels),
    notes: [message('table.npzArrays', { features: x, labels: y, names })],
    contentHash: createHash('sha256').update(bytes).digest('hex')
  }
}

/** The .npy members of a zip, each unzipped size within the limit (a zip can inflate to gigabytes). */
function unzipMembers(path: string, bytes: Buffer): Record<string, Uint8Array> {
  let tooLarge: string | null = null
  try {
    const members = unzipSync(bytes, {
      filter: (member) => {
        if (member.originalSize > limitOf('unzippedBytes')) tooLarge = member.name
        return member.name.endsWith('.npy') && tooLarge === null
      }
    })
    if (tooLarge) throw unzipsOverLimit(path, 'unzippedBytes', tooLarge)
    return members
  } catch (error) {
    if (error instanceof UserError) throw error
    throw userError('file.notFormat', {
      file: path,
      format: 'npz',
      problem: (error as Error).message
    })
  }
}
