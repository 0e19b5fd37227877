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
  TraceInspection,
  TraceRequest,
  TrainingHistory
} from '../../../shared/model/inspect'
import { DEFAULT_LEARNING_RATES } from '../../../shared/model/run-defaults'
import { nextStepLearningRate } from '../../../shared/model/lr-schedule'
import { userError } from '../../../shared/errors'
import { resolveBatch } from './batch-inputs'
import { batchGradients, firstBatchRows } from './batch-gradients'
import { cellRows, confusionMatrix } from './confusion'
import { diagnose, NORM_EPOCHS, PROBE_ROWS } from './diagnostics'
import { DEFAULT_CHECK_EPSILON } from '../../../shared/model/gradient-tolerance'
import { gradientCheckInspection } from './gradient-check-inspection'
import { checkMainThreadWork, forwardCost } from '../main-thread-work'
import { trainingHistory } from './history-inspection'
import { spreadIndices } from './inspect-values'
import { layerInspection } from './layer-inspection'
import { InspectedRuns } from './inspected-runs'
import { resolveModelSource, type InspectSources } from './model-source'
import { sampleFromInputs, sampleFromRow } from './sample-inspection'
import { traceInspection, traceLearningRate, traceRegularization } from './trace-inspection'

/** Rows a gradient check takes from the run's split when none are given. */
const GRADIENT_CHECK_ROWS = 8

/**
 * The Inspect screen's main side: each call reads a run's model as it stands (or a model file),
 * with its dataset, preprocessing and split, and returns one layer or one sample's numbers.
 * What the calls read (runs, datasets, networks, predictions) is cached in InspectedRuns.
 */
export class InspectService {
  private readonly runs: InspectedRuns

  constructor(private readonly sources: InspectSources) {
    this.runs = new InspectedRuns(sources)
  }

  /** `inspect:layer`: W(l), b(l), their histogram and the histograms stored while training. */
  layer({ runId, epoch, layer, histogramsSince }: LayerRequest): LayerInspection {
    const inspected = this.runs.modelOf(runId, epoch)
    const dataset = inspected.run.datasetId
      ? this.sources.db.datasets.get(inspected.run.datasetId)
      : undefined
    const context = {
      runId,
      epoch: inspected.epoch,
      inputShape: inspected.model.inputShape ?? dataset?.inputShape
    }
    const histograms = this.sources.db.internals.histograms(runId, layer, histogramsSince ?? 0)
    return layerInspection(this.runs.networkOf(inspected), layer, context, histograms)
  }

  /** `inspect:history`: per-epoch losses and gradient norms. */
  history({ runId, sinceEpoch }: HistoryRequest): TrainingHistory {
    return trainingHistory(this.sources.db, this.runs.recordOf(runId).run, sinceEpoch ?? 0)
  }

  /** `inspect:sample`: a dataset row or raw inputs through the model, every z and a. */
  sample(request: SampleRequest): SampleInspection {
    if ('row' in request && request.row !== undefined) {
      const inspected = this.runs.modelOf(request.runId, request.epoch)
      const rows = this.runs.rowsOf(inspected.run)
      return sampleFromRow(this.runs.networkOf(inspected), inspected, rows, request.row)
    }
    const inspected = resolveModelSource(request, (runId, epoch) => this.runs.modelOf(runId, epoch))
    return sampleFromInputs(
      this.runs.networkOf(inspected),
      inspected,
      (request as { inputs: number[] }).inputs
    )
  }

  /** `inspect:trace`: the engine's traceStep on a copy of the model. */
  trace(request: TraceRequest): TraceInspection {
    const inspected = resolveModelSource(request, (runId, epoch) => this.runs.modelOf(runId, epoch))
    const { model, run, epoch } = inspected
    const batch = resolveBatch(request, model, run ? this.runs.rowsOf(run) : null)
    // A forward pass, a backward pass (about two), and the trace's copies of every number.
    checkMainThreadWork(
      { kind: 'trace', rows: batch.inputs.length },
      3 * forwardCost(model) * batch.inputs.length
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
    const inspected = resolveModelSource(request, (runId, epoch) => this.runs.modelOf(runId, epoch))
    const { model, run, epoch } = inspected
    const rows = run ? this.runs.rowsOf(run) : null
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
    const inspected = this.runs.modelOf(runId, at)
    const { run, model, epoch } = inspected
    const rows = this.runs.rowsOf(run)
    const chosen = given
      ? { rows: given, truncated: false }
      : firstBatchRows(run.config, run.seed, rows.split.train)
    if (chosen.rows.length === 0) throw userError('inspect.noTrainingRows', { runId })
    chosen.rows.forEach((row, index) => rows.checkRow(row, `rows[${index}]`))
    checkMainThreadWork(
      { kind: 'gradients', rows: chosen.rows.length },
      3 * forwardCost(model) * chosen.rows.length
    )
    const regularization = { l1: run.config.l1, l2: run.config.l2 }
    const batch = { ...chosen, regularization, step: model, epoch }
    return batchGradients(this.runs.networkOf(inspected), rows, layer, batch)
  }

  /** `inspect:held-out`: the run's validation and test rows among the dataset's first `limit`. */
  heldOut({ runId, limit }: HeldOutRequest): HeldOutRows {
    const { split } = this.runs.rowsOf(this.runs.recordOf(runId).run)
    const first = (rows: Int32Array) =>
      Array.from(rows.filter((row) => row < limit)).sort((a, b) => a - b)
    return { validation: first(split.validation), test: first(split.test) }
  }

  /** `inspect:confusion`: the confusion matrix of a part; null for a regression run or an empty part. */
  async confusion({ runId, epoch, part }: ConfusionRequest): Promise<ConfusionInspection | null> {
    const inspected = this.runs.modelOf(runId, epoch)
    if (!this.runs.rowsOf(inspected.run).classification) return null
    const predictions = await this.runs.predictionsOf(inspected, part)
    const total = predictions.rows.length
    if (total === 0) return null
    const matrix = confusionMatrix(predictions)
    const correct = matrix.reduce((sum, row, k) => sum + row[k], 0)
    const names = inspected.model.classes ?? this.runs.rowsOf(inspected.run).dataset.summary.classes
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
    const inspected = this.runs.modelOf(runId, epoch)
    const rows = this.runs.rowsOf(inspected.run)
    if (!rows.classification) throw userError('inspect.regression', { runId })
    const predictions = await this.runs.predictionsOf(inspected, part)
    for (const [field, value] of [
      ['actual', actual],
      ['predicted', predicted]
    ] as const) {
      if (value >= predictions.classes) {
        throw userError('inspect.classRange', {
          field,
          last: predictions.classes - 1,
          got: value
        })
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
    const inspected = this.runs.modelOf(runId, at)
    const { run, model, epoch } = inspected
    const rows = this.runs.rowsOf(run)
    const part = rows.split.validation.length > 0 ? rows.split.validation : rows.split.train
    const probeRows = spreadIndices(part.length, PROBE_ROWS).map((index) => part[index])
    if (probeRows.length === 0) throw userError('inspect.noProbeRows', { runId })
    const network = this.runs.networkOf(inspected)
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
}
