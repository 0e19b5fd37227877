import type { SplitPart } from '../../../shared/model/inspect'
import { userError } from '../../../shared/errors'
import { readStoredRows, storedRow, type DataSplit, type Kernels, type Matrix } from '../../engine'
import type { RunRecord } from '../../db/run-repo'
import { modelInputValues, type InputStep } from '../../engine/preprocess'
import { originOf } from '../datasets/dataset-preview'
import type { LoadedDataset } from '../datasets/dataset-files'
import { splitForRun } from '../../dataset-arrays/run-data'

const PARTS: readonly SplitPart[] = ['train', 'validation', 'test']

/** Where a dataset's rows came from (rows.json): image paths or CSV lines. */
export type RowOrigins = { rowSources?: string[]; rowLines?: number[] }

/**
 * A run's dataset as the inspector reads it: raw rows with their labels or targets, the run's
 * split (the same seeded, stratified split the worker made) and where each row came from. Inputs
 * are preprocessed a few rows at a time, so a big dataset is never copied whole.
 */
export class RunRows {
  readonly split: DataSplit
  /** 0, 1 or 2 (train, validation, test) for every row. */
  private readonly partOfRow: Uint8Array
  private cachedOrigins: RowOrigins | null = null

  constructor(
    readonly dataset: LoadedDataset,
    run: RunRecord,
    private readonly readOrigins: () => RowOrigins
  ) {
    const { rows } = dataset.summary
    this.split = splitForRun(rows, run.config.split, run.seed, dataset.labels, dataset.testFrom)
    this.partOfRow = new Uint8Array(rows)
    this.split.validation.forEach((row) => (this.partOfRow[row] = 1))
    this.split.test.forEach((row) => (this.partOfRow[row] = 2))
  }

  get rowCount(): number {
    return this.dataset.summary.rows
  }

  get classification(): boolean {
    return this.dataset.labels !== null
  }

  /** Refuses a row index outside the dataset, naming the request's field. */
  checkRow(row: number, field: string): void {
    if (row >= this.rowCount) {
      throw userError('inspect.rowRange', { field, last: this.rowCount - 1, got: row })
    }
  }

  /** The part of the split a row belongs to. */
  part(row: number): SplitPart {
    return PARTS[this.partOfRow[row]]
  }

  /** The rows of one part, in ascending order. */
  partRows(part: SplitPart): Int32Array {
    return this.split[part]
  }

  /** A row's stored values (pixels in [0, 1] for images), before preprocessing. */
  rawInput(row: number): number[] {
    return storedRow(this.dataset.features, this.dataset.summary.features, row)
  }

  /** The rows' inputs as the first layer sees them (preprocessed), one matrix row each. */
  inputMatrix(kernels: Kernels, rows: ArrayLike<number>, step: InputStep): Matrix {
    const width = this.dataset.summary.features
    const values = new Float64Array(rows.length * width)
    for (let i = 0; i < rows.length; i++) {
      readStoredRows(this.dataset.features, width, rows[i], 1, values.subarray(i * width))
    }
    const matrix = kernels.matrix(rows.length, step.inputSize)
    matrix.data.set(modelInputValues(step, values, rows.length))
    return matrix
  }

  /** The rows' preprocessed inputs as nested arrays (Float64). */
  inputRows(rows: readonly number[], step: InputStep): number[][] {
    const width = step.inputSize
    const raw = Float64Array.from(rows.flatMap((row) => this.rawInput(row)))
    const values = modelInputValues(step, raw, rows.length)
    return rows.map((_, i) => Array.from(values.subarray(i * width, (i + 1) * width)))
  }

  /** A row's class index, or null for regression. */
  label(row: number): number | null {
    return this.dataset.labels ? this.dataset.labels[row] : null
  }

  /**
   * The target row the output layer is trained towards: 0/1 for one sigmoid unit, one-hot for
   * several units, the target values for regression.
   */
  targetRow(row: number, outputUnits: number): number[] {
    const { labels, targets } = this.dataset
    if (labels) {
      const label = labels[row]
      if (outputUnits === 1) return [label === 1 ? 1 : 0]
      return Array.from({ length: outputUnits }, (_, k) => (k === label ? 1 : 0))
    }
    return Array.from(targets!.subarray(row * outputUnits, (row + 1) * outputUnits))
  }

  /** The rows' target rows (see `targetRow`) as a matrix of the kernels. */
  targetMatrix(kernels: Kernels, rows: readonly number[], outputUnits: number): Matrix {
    const matrix = kernels.matrix(rows.length, outputUnits)
    rows.forEach((row, i) => matrix.data.set(this.targetRow(row, outputUnits), i * outputUnits))
    return matrix
  }

  /** Where a row came from: `line 12` of a CSV, an image's path, or `row N` for generated data. */
  origin(row: number): string {
    return originOf(this.origins, row, this.dataset.summary.source)
  }

  private get origins(): RowOrigins {
    return (this.cachedOrigins ??= this.readOrigins())
  }
}
