import type {
  BatchGradients,
  BatchGradientsRequest,
  ConfusionCell,
  ConfusionCellRequest,
  ConfusionInspection,
  ConfusionRequest,
  Diagnostics,
  GradientCheckInspection,
  GradientCheckRequest,
  HeldOutRequest,
  HeldOutRows,
  HistoryRequest,
  LayerInspection,
  LayerRequest,
  SampleInspection,
  SampleRequest,
  SplitPart,
  TraceInspection,
  TraceRequest,
  TrainingHistory
} from '../../../shared/model/inspect'
import { DEFAULT_LEARNING_RATES } from '../../../shared/model/run-defaults'
import { nextStepLearningRate } from '../../../shared/model/lr-schedule'
import { UserError } from '../../../shared/errors'
import { createJsKernels, networkFromModelFile, type Network } from '../../engine'
import type { RunRecord } from '../../db/run-repo'
import type { LoadedDataset } from '../datasets/dataset-files'
import { resolveBatch } from './batch-inputs'
import { batchGradients, firstBatchRows } from './batch-gradients'
import { cellRows, confusionMatrix, partPredictions, type PartPredictions } from './confusion'
import { diagnose, NORM_EPOCHS, PROBE_ROWS } from './diagnostics'
import { DEFAULT_CHECK_EPSILON } from '../../../shared/model/gradient-tolerance'
import { gradientCheckInspection } from './gradient-check-inspection'
import { checkMainThreadWork, forwardCost } from '../main-thread-work'
import { trainingHistory } from './history-inspection'
import { spreadIndices } from './inspect-values'
import { layerInspection } from './layer-inspection'
import { LruCache } from './lru-cache'
import {
  resolveModelSource,
  runModel,
  runModelAtEpoch,
  type InspectedModel,
  type InspectedRun,
  type InspectSources
} from './model-source'
import { RunRows } from './run-rows'
import { storedRun } from '../stored-run'
import { sampleFromInputs, sampleFromRow } from './sample-inspection'
import { traceInspection, traceLearningRate, traceRegularization } from './trace-inspection'

/** Rows a gradient check takes from the run's split when none are given. */
const GRADIENT_CHECK_ROWS = 8

/**
 * The Inspect screen's main side: each call reads a run's model as it stands (or a model file),
 * with its dataset, preprocessing and split, and returns one layer or one sample's numbers.
 * Loaded datasets (one at a time: Fashion-MNIST's is 190 MB), Float64 networks and per-part
 * predictions are cached, keyed by the run's revision, so views that poll stay cheap.
 */
export class InspectService {
  private readonly datasets = new LruCache<
    string,
    { loaded: LoadedDataset; runs: Map<string, RunRows> }
  >(1)
  private readonly runRecords = new LruCache<string, RunRecord>(4)
  private readonly runModels = new LruCache<string, InspectedRun>(4)
  private readonly networks = new LruCache<string, Network>(4)
  private readonly predictions = new LruCache<string, Promise<PartPredictions>>(6)

  constructor(private readonly sources: InspectSources) {}

  /** `inspect:layer`: W(l), b(l), their histogram and the histograms stored while training. */
  layer({ runId, epoch, layer, histogramsSince }: LayerRequest): LayerInspection {
    const inspected = this.runModelOf(runId, epoch)
    const dataset = inspected.run.datasetId
      ? this.sources.db.datasets.get(inspected.run.datasetId)
      : undefined
    const context = {
      runId,
      epoch: inspected.epoch,
      inputShape: inspected.model.inputShape ?? dataset?.inputShape
    }
    const histograms = this.sources.db.internals.histograms(runId, layer, histogramsSince ?? 0)
    return layerInspection(this.networkOf(inspected), layer, context, histograms)
  }

  /** `inspect:history`: per-epoch losses and gradient norms. */
  history({ runId, sinceEpoch }: HistoryRequest): TrainingHistory {
    return trainingHistory(this.sources.db, this.runOf(runId).run, sinceEpoch ?? 0)
  }

  /** `inspect:sample`: a dataset row or raw inputs through the model, every z and a. */
  sample(request: SampleRequest): SampleInspection {
    if ('row' in request && request.row !== undefined) {
      const inspected = this.runModelOf(request.runId, request.epoch)
      const rows = this.rowsOf(inspected.run)
      return sampleFromRow(this.networkOf(inspected), inspected, rows, request.row)
    }
    const inspected = resolveModelSource(request, (runId, epoch) => this.runModelOf(runId, epoch))
    return sampleFromInputs(
      this.networkOf(inspected),
      inspected,
      (request as { inputs: number[] }).inputs
    )
  }

  /** `inspect:trace`: the engine's traceStep on a copy of the model. */
  trace(request: TraceRequest): TraceInspection {
    const inspected = resolveModelSource(request, (runId, epoch) => this.runModelOf(runId, epoch))
    const { model, run, epoch } = inspected
    const batch = resolveBatch(request, model, run ? this.rowsOf(run) : null)
    // A forward pass, a backward pass (about two), and the trace's copies of every number.
    checkMainThreadWork(
      `tracing ${batch.inputs.length} rows`,
      3 * forwardCost(model) * batch.inputs.length,
      'trace fewer rows, or use the command line'
    )
    const learningRate = traceLearningRate(model, run, request.learningRate, epoch)
    const regularization = traceRegularization(model, run, { l1: request.l1, l2: request.l2 })
    return traceInspection(model, batch, {
      learningRate,
      regularization,
      epoch,
      layer: request.layer
    })
  }

  /** `inspect:gradcheck`: backprop against central differences, by default on 8 validation rows. */
  gradientCheck(request: GradientCheckRequest): GradientCheckInspection {
    const inspected = resolveModelSource(request, (runId, epoch) => this.runModelOf(runId, epoch))
    const { model, run, epoch } = inspected
    const rows = run ? this.rowsOf(run) : null
    const defaultRows = () => {
      const part = request.part ?? (rows!.split.validation.length > 0 ? 'validation' : 'train')
      return Array.from(rows!.partRows(part).subarray(0, request.count ?? GRADIENT_CHECK_ROWS))
    }
    const batch = resolveBatch(request, model, rows, defaultRows)
    const precision = request.precision === 'model' ? (run?.config.precision ?? 'f64') : 'f64'
    const epsilon = request.epsilon ?? DEFAULT_CHECK_EPSILON
    return gradientCheckInspection(model, batch, {
      precision,
      epsilon,
      regularization: traceRegularization(model, run),
      epoch,
      broken: request.broken
    })
  }

  /** `inspect:batch-gradients`: one layer's gradients on a batch at the current weights. */
  batchGradients({ runId, epoch: at, layer, rows: given }: BatchGradientsRequest): BatchGradients {
    const inspected = this.runModelOf(runId, at)
    const { run, model, epoch } = inspected
    const rows = this.rowsOf(run)
    const chosen = given
      ? { rows: given, truncated: false }
      : firstBatchRows(run.config, run.seed, rows.split.train)
    if (chosen.rows.length === 0) throw new UserError(`run ${runId} has no training rows`)
    chosen.rows.forEach((row, index) => rows.checkRow(row, `rows[${index}]`))
    checkMainThreadWork(
      `the gradients of ${chosen.rows.length} rows`,
      3 * forwardCost(model) * chosen.rows.length,
      'ask for fewer rows'
    )
    const regularization = { l1: run.config.l1, l2: run.config.l2 }
    const batch = { ...chosen, regularization, step: model, epoch }
    return batchGradients(this.networkOf(inspected), rows, layer, batch)
  }

  /** `inspect:held-out`: the run's validation and test rows among the dataset's first `limit`. */
  heldOut({ runId, limit }: HeldOutRequest): HeldOutRows {
    const { split } = this.rowsOf(this.runOf(runId).run)
    const first = (rows: Int32Array) =>
      Array.from(rows.filter((row) => row < limit)).sort((a, b) => a - b)
    return { validation: first(split.validation), test: first(split.test) }
  }

  /** `inspect:confusion`: the confusion matrix of a part; null for a regression run or an empty part. */
  async confusion({ runId, epoch, part }: ConfusionRequest): Promise<ConfusionInspection | null> {
    const inspected = this.runModelOf(runId, epoch)
    if (!this.rowsOf(inspected.run).classification) return null
    const predictions = await this.predictionsOf(inspected, part)
    const total = predictions.rows.length
    if (total === 0) return null
    const matrix = confusionMatrix(predictions)
    const correct = matrix.reduce((sum, row, k) => sum + row[k], 0)
    const names = inspected.model.classes ?? this.rowsOf(inspected.run).dataset.summary.classes
    const classes = Array.from({ length: predictions.classes }, (_, k) => names?.[k] ?? String(k))
    return { epoch: inspected.epoch, part, classes, matrix, total, accuracy: correct / total }
  }

  /** `inspect:confusion-cell`: a page of one cell's rows with their origins. */
  async confusionCell({
    runId,
    epoch,
    part,
    actual,
    predicted,
    offset,
    limit
  }: ConfusionCellRequest): Promise<ConfusionCell> {
    const inspected = this.runModelOf(runId, epoch)
    const rows = this.rowsOf(inspected.run)
    if (!rows.classification)
      throw new UserError(`run ${runId} is a regression: it has no confusion matrix`)
    const predictions = await this.predictionsOf(inspected, part)
    for (const [field, value] of [
      ['actual', actual],
      ['predicted', predicted]
    ] as const) {
      if (value >= predictions.classes) {
        throw new UserError(
          `${field}: the model has classes 0 to ${predictions.classes - 1}, got ${value}`
        )
      }
    }
    const cell = cellRows(predictions, actual, predicted)
    const page = cell
      .slice(offset, offset + limit)
      .map((row) => ({ row, origin: rows.origin(row) }))
    return { epoch: inspected.epoch, total: cell.length, offset, rows: page }
  }

  /** `inspect:diagnostics`: findings on the model as it stands, thresholds in the finding modules. */
  diagnostics({ runId, epoch: at }: { runId: string; epoch?: number }): Diagnostics {
    const inspected = this.runModelOf(runId, at)
    const { run, model, epoch } = inspected
    const rows = this.rowsOf(run)
    const part = rows.split.validation.length > 0 ? rows.split.validation : rows.split.train
    const probeRows = spreadIndices(part.length, PROBE_ROWS).map((index) => part[index])
    if (probeRows.length === 0) throw new UserError(`run ${runId} has no rows to probe`)
    const network = this.networkOf(inspected)
    const outputUnits = network.layers[network.layers.length - 1].units
    return diagnose({
      network,
      probe: rows.inputMatrix(network.kernels, probeRows, model),
      probeTargets: rows.targetMatrix(network.kernels, probeRows, outputUnits),
      regularization: { l1: run.config.l1, l2: run.config.l2 },
      epoch,
      recentNorms: this.sources.db.internals.latestNorms(runId, epoch, NORM_EPOCHS),
      trainLoss: this.sources.db.metrics
        .epochs(runId)
        .filter((point) => point.epoch <= epoch)
        .map((point) => point.trainLoss),
      learningRate: nextStepLearningRate(run.config, epoch),
      defaultLearningRate: DEFAULT_LEARNING_RATES[run.config.optimizer]
    })
  }

  /**
   * A run's record at its current revision: read (and its model JSON parsed) again only when the
   * run's status, epochs or end changed, so polling calls skip a big model's parse.
   */
  private runOf(runId: string): { run: RunRecord; revision: string } {
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
  private runModelOf(runId: string, epoch?: number): InspectedRun {
    const { run, revision } = this.runOf(runId)
    if (epoch !== undefined)
      return this.runModels.get(`${runId}#${epoch}`, () =>
        runModelAtEpoch(this.sources, run, epoch)
      )
    return this.runModels.get(`${runId}@${revision}`, () => runModel(this.sources, run, revision))
  }

  /** The model's Float64 network, shared by calls that only read its weights (a fresh one per model file). */
  private networkOf(inspected: InspectedModel): Network {
    const build = () => networkFromModelFile(inspected.model, createJsKernels('f64'))
    return inspected.stamp === null ? build() : this.networks.get(inspected.stamp, build)
  }

  /** The run's dataset rows and split, loading the dataset once for all its runs. */
  private rowsOf(run: RunRecord): RunRows {
    const { datasetId } = run
    if (!datasetId)
      throw new UserError(`run ${run.runId}: its dataset was deleted, so its rows cannot be shown`)
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
  private predictionsOf(inspected: InspectedRun, part: SplitPart): Promise<PartPredictions> {
    return this.predictions.get(`${inspected.stamp}/${part}`, () =>
      partPredictions(this.networkOf(inspected), this.rowsOf(inspected.run), part, inspected.model)
    )
  }
}
