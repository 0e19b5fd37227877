import type { Preprocessing } from '../../shared/model/preprocessing'
import {
  applyPreprocessing,
  fitPreprocessing,
  type DataSplit,
  type Kernels,
  type Matrix,
  type TrainingData
} from '../engine'
import { byteConversion, type InputRows, type StoredValues } from '../engine/data-rows'
import { classTargets, splitForRun } from '../dataset-arrays/run-data'
import {
  readInt32,
  readStoredBytesInto,
  readTestFrom,
  readStoredValues,
  storedTypeOfFile
} from '../dataset-arrays/stored-arrays'
import type { TrainingJob } from './protocol'
import { expandFeatures } from '../../shared/model/input-features'

/** The run's data, ready for the Trainer: one array, split by row indices. */
export interface JobData {
  split: DataSplit
  preprocessing: Preprocessing | null
  /** Factory for the TrainingData of one part of the split. */
  part(rows: Int32Array): TrainingData
}

/**
 * Reads a dataset's binary files into the kernels' memory, splits the rows (seeded, stratified by
 * class), fits the normalization on the training rows (or keeps the initial model's or resumed
 * run's, see `TrainingJob.preprocessing`), and builds the target matrix the output layer needs: a
 * 0/1 column for one sigmoid unit, one-hot rows for several units, the target values for
 * regression. Pixel bytes are read once and stay bytes (the normalization becomes their per-column
 * conversion, applied a batch at a time); float values are normalized in place and copied into
 * the kernels' precision.
 */
export function loadJobData(job: TrainingJob, kernels: Kernels): JobData {
  const { dataset } = job
  const file = dataset.files.features
  const stored: StoredValues =
    storedTypeOfFile(file) === 'u8'
      ? readStoredBytesInto(file, (length) => kernels.bytes(length))
      : readStoredValues(file)
  // Input features come first: the normalization is fitted on (and applied to) the features.
  const features = job.inputFeatures ?? null
  const values = features ? expandFeatures(features, stored, dataset.rows) : stored
  const cols = features ? features.length : dataset.features
  const labels = dataset.files.labels ? readInt32(dataset.files.labels) : null
  const split = splitForRun(dataset.rows, job.split, job.seed, labels, readTestFrom(dataset.files))
  const preprocessing =
    job.preprocessing !== undefined
      ? job.preprocessing
      : (job.initialModel?.preprocessing ??
        fitPreprocessing(job.normalization, values, cols, split.train) ??
        null)
  const { rows } = dataset
  let inputs: InputRows
  if (values instanceof Uint8Array) {
    const conversion = byteConversion(preprocessing, cols)
    const scale = kernels.vector(cols)
    const offset = kernels.vector(cols)
    scale.set(conversion.scale)
    offset.set(conversion.offset)
    inputs = { rows, cols, bytes: values, scale, offset }
  } else {
    if (preprocessing) applyPreprocessing(preprocessing, values, rows, cols)
    inputs = kernelMatrix(kernels, rows, cols, values)
  }
  const outputUnits = job.network.layers[job.network.layers.length - 1].units
  const targets = labels
    ? classTargetMatrix(kernels, labels, outputUnits)
    : kernelMatrix(kernels, rows, outputUnits, readStoredValues(dataset.files.targets!))
  return {
    split,
    preprocessing,
    part: (rowIndices) => ({
      inputs,
      targets,
      classification: labels !== null,
      rowIndices
    })
  }
}

/** The class targets, written straight into a matrix of the kernels. */
function classTargetMatrix(kernels: Kernels, labels: Int32Array, units: number): Matrix {
  const matrix = kernels.matrix(labels.length, units)
  classTargets(labels, units, matrix.data)
  return matrix
}

/** A rows × cols matrix of the kernels holding `values` (in the kernels' precision). */
function kernelMatrix(
  kernels: Kernels,
  rows: number,
  cols: number,
  values: ArrayLike<number>
): Matrix {
  const matrix = kernels.matrix(rows, cols)
  matrix.data.set(values)
  return matrix
}
