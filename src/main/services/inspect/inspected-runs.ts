import { userError } from '../../../shared/errors'
import type { SplitPart } from '../../../shared/model/inspect'
import { createJsKernels, networkFromModelFile, type Network } from '../../engine'
import type { RunRecord } from '../../db/run-repo'
import type { LoadedDataset } from '../datasets/dataset-files'
import { storedRun } from '../stored-run'
import { partPredictions, type PartPredictions } from './confusion'
import { LruCache } from './lru-cache'
import {
  runModel,
  runModelAtEpoch,
  type InspectedModel,
  type InspectedRun,
  type InspectSources
} from './model-source'
import { RunRows } from './run-rows'

/**
 * What the Inspect calls read, cached: runs' records and models (keyed by the run's revision),
 * their Float64 networks, datasets' rows with each run's split (one dataset at a time:
 * Fashion-MNIST's is 190 MB) and per-part predictions, so views that poll stay cheap.
 */
export class InspectedRuns {
  private readonly datasets = new LruCache<
    string,
    { loaded: LoadedDataset; runs: Map<string, RunRows> }
  >(1)
  private readonly runRecords = new LruCache<string, RunRecord>(4)
  private readonly runModels = new LruCache<string, InspectedRun>(4)
  private readonly networks = new LruCache<string, Network>(4)
  private readonly predictions = new LruCache<string, Promise<PartPredictions>>(6)

  constructor(private readonly sources: InspectSources) {}

  /**
   * A run's record at its current revision: read (and its model JSON parsed) again only when the
   * run's status, epochs or end changed, so polling calls skip a big model's parse.
   */
  recordOf(runId: string): { run: RunRecord; revision: string } {
    const { db } = this.sources
    const revision = db.runs.revision(runId)
    // An unknown id has no revision: storedRun throws the lab's one "no run" error for it.
    const run = this.runRecords.get(`${runId}@${revision}`, () => storedRun(db, runId))
    return { run, revision: revision! }
  }

  /**
   * A run's model as it stands (built again only when the run's revision changed), or its
   * weights at a stored epoch.
   */
  modelOf(runId: string, epoch?: number): InspectedRun {
    const { run, revision } = this.recordOf(runId)
    if (epoch !== undefined)
      return this.runModels.get(`${runId}#${epoch}`, () =>
        runModelAtEpoch(this.sources, run, epoch)
      )
    return this.runModels.get(`${runId}@${revision}`, () => runModel(this.sources, run, revision))
  }

  /** The model's Float64 network, shared by calls that only read its weights (a fresh one per model file). */
  networkOf(inspected: InspectedModel): Network {
    const build = () => networkFromModelFile(inspected.model, createJsKernels('f64'))
    return inspected.stamp === null ? build() : this.networks.get(inspected.stamp, build)
  }

  /** The run's dataset rows and split, loading the dataset once for all its runs. */
  rowsOf(run: RunRecord): RunRows {
    const { datasetId } = run
    if (!datasetId) throw userError('run.datasetDeleted', { runId: run.runId, without: 'rows' })
    const entry = this.datasets.get(datasetId, () => ({
      loaded: this.sources.datasets.load(datasetId),
      runs: new Map()
    }))
    let rows = entry.runs.get(run.runId)
    if (!rows) {
      rows = new RunRows(entry.loaded, run, () => this.sources.datasets.rowOrigins(datasetId))
      entry.runs.set(run.runId, rows)
    }
    return rows
  }

  /** One computation per model and part, shared by concurrent calls. */
  predictionsOf(inspected: InspectedRun, part: SplitPart): Promise<PartPredictions> {
    return this.predictions.get(`${inspected.stamp}/${part}`, () =>
      partPredictions(this.networkOf(inspected), this.rowsOf(inspected.run), part, inspected.model)
    )
  }
}
