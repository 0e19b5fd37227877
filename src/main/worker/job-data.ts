import type { Preprocessing } from '../../shared/model/preprocessing'
import { applyPreprocessing, fitPreprocessing, type DataSplit, type TrainingData } from '../engine'
import { classTargets, splitForRun } from '../dataset-arrays/run-data'
import { readFloat32, readInt32, readTestFrom } from '../dataset-arrays/array-files'
import type { TrainingJob } from './protocol'

/** The run's data, ready for the Trainer: one array, split by row indices. */
export interface JobData {
  split: DataSplit
  preprocessing: Preprocessing | null
  /** Factory for the TrainingData of one part of the split. */
  part(rows: Int32Array): TrainingData
}

/**
 * Reads a dataset's binary files, splits the rows (seeded, stratified by class), fits the
 * normalization on the training rows (or keeps the initial model's or resumed run's, see
 * `TrainingJob.preprocessing`) and applies it to all rows (one copy at most), and builds
 * the target matrix the output layer needs: a 0/1 column for one sigmoid unit, one-hot rows for
 * several units, the target values for regression.
 */
export function loadJobData(job: TrainingJob): JobData {
  const { dataset } = job
  let features = readFloat32(dataset.files.features)
  const labels = dataset.files.labels ? readInt32(dataset.files.labels) : null
  const split = splitForRun(dataset.rows, job.split, job.seed, labels, readTestFrom(dataset.files))
  const preprocessing =
    job.preprocessing !== undefined
      ? job.preprocessing
      : (job.initialModel?.preprocessing ??
        fitPreprocessing(job.normalization, features, dataset.features, split.train) ??
        null)
  if (preprocessing) {
    features = features.slice()
    applyPreprocessing(preprocessing, features, dataset.rows, dataset.features)
  }
  const outputUnits = job.network.layers[job.network.layers.length - 1].units
  const targets = labels ? classTargets(labels, outputUnits) : readFloat32(dataset.files.targets!)
  const inputs = { rows: dataset.rows, cols: dataset.features, data: features }
  const targetMatrix = { rows: dataset.rows, cols: outputUnits, data: targets }
  return {
    split,
    preprocessing,
    part: (rows) => ({
      inputs,
      targets: targetMatrix,
      classification: labels !== null,
      rowIndices: rows
    })
  }
}
