import type { Pace } from '../model/pace'
import type { GenerateRequest } from '../model/generators'
import type { Appearance, RendererCommandName } from '../app-commands'
import type { DatasetSummary, UnregisteredDataset } from '../model/dataset'
import type {
  ExportFormat,
  ExportOutcome,
  ModelPrediction,
  OpenedModel,
  RunReport
} from '../model/exports'
import type {
  BatchGradients,
  BatchGradientsRequest,
  ConfusionCell,
  ConfusionCellRequest,
  ConfusionInspection,
  ConfusionRequest,
  HeldOutRequest,
  HeldOutRows,
  Diagnostics,
  GradientCheckInspection,
  GradientCheckRequest,
  HistoryRequest,
  LayerInspection,
  LayerRequest,
  SampleInspection,
  SampleRequest,
  TraceInspection,
  TraceRequest,
  TrainingHistory
} from '../model/inspect'
import type { BranchRequest, RaceRequest } from '../model/branch'
import type { ImportRequest, ResultsModel, StartTrainingRequest, TableText } from './requests'
import type { AppInfo, UiState } from '../model/app-state'
import type { CsvColumn, DatasetPreview } from '../model/dataset-preview'
import type {
  BoundaryPrecision,
  DecisionBoundary,
  LiveRunState,
  RunChange
} from '../model/live-run'
import type { ImportOutcome, ImportProgress } from '../model/import'
import type { RunListItem, RunPage } from '../model/run-page'
import type { VectorizationTiming } from '../model/vectorization'
import type { ExperimentOpening, ExperimentSaved } from '../model/experiment-file'
import type { LabMessage } from '../messages'
import type { EvaluationReport, FilePredictions } from '../model/results'

/** A file or folder opened from outside the window (the file manager, Open Recent). */
export interface OpenedPath {
  path: string
  /** `model`: a `*.model.json`, shown in Inspect; `experiment`: a `.bplab`, opened; `data`/`folder`: imported. */
  kind: 'model' | 'experiment' | 'data' | 'folder'
}

/** The bundled samples a first-time user can train on without a file. */
export const SAMPLE_NAMES = [
  'iris',
  'xor',
  'circles',
  'two-spirals',
  'gaussians',
  'plane',
  'multi-gaussian',
  'fashion-small',
  'apples',
  'textbook'
] as const
export type SampleName = (typeof SAMPLE_NAMES)[number]

/**
 * Renderer → main calls. Key: channel (`domain:verb`); value: the call's signature. This one
 * interface drives the main handlers, the preload bridge, the browser-mode host and the
 * renderer's client: a missing or mistyped handler is a compile error.
 */
export interface LabInvoke {
  'app:info': () => AppInfo
  'app:state-get': () => UiState | null
  'app:state-set': (state: UiState) => void
  /** Light, dark or the system's look, remembered; the desktop app's menu and native parts follow. */
  'app:appearance-set': (request: { appearance: Appearance }) => void
  /** Native open dialog (Electron only); null when cancelled. */
  'app:open-dialog': (request: { kind: 'file' | 'folder' | 'experiment' }) => string | null
  /** Browser mode: a fresh server-side folder for uploaded files (PUT /upload/ID/relative/path). */
  'uploads:create': () => { uploadId: string; folder: string }

  'datasets:list': () => DatasetSummary[]
  'datasets:get': (request: { datasetId: string }) => DatasetSummary
  'datasets:import': (request: ImportRequest) => ImportOutcome
  'datasets:cancel-import': (request: { importId: string }) => void
  'datasets:sample': (request: { name: SampleName }) => ImportOutcome
  /** A 2-D set with the Data screen's noise, size and seed (Regenerate draws a new seed). */
  'datasets:generate': (request: GenerateRequest) => ImportOutcome
  'datasets:preview': (request: {
    datasetId: string
    offset: number
    limit: number
    classIndex?: number
  }) => DatasetPreview
  /** A CSV dataset's columns and the roles they got (read from its source file's header). */
  'datasets:columns': (request: { datasetId: string }) => CsvColumn[]
  'datasets:rename': (request: { datasetId: string; name: string }) => void
  /** Names a dataset's classes anew (same number, in label order); returns the dataset. */
  'datasets:rename-classes': (request: { datasetId: string; classes: string[] }) => DatasetSummary
  'datasets:delete': (request: { datasetId: string }) => void
  /** Dataset folders in the home that the database does not list (it was emptied or replaced). */
  'datasets:unregistered': () => UnregisteredDataset[]
  /** Registers those folders again (the ones named); returns the datasets registered. */
  'datasets:restore': (request: { folderIds: string[] }) => DatasetSummary[]

  /** Starts a run: answers with its first state (its id) before any `training:change` of it. */
  'training:start': (request: StartTrainingRequest) => LiveRunState
  /** The controls answer with the state they left the run in. */
  'training:stop': (request: { runId: string }) => LiveRunState
  'training:pause': (request: { runId: string }) => LiveRunState
  'training:resume': (request: { runId: string }) => LiveRunState
  'training:step': (request: { runId: string }) => LiveRunState
  /** The speed control: slow motion at `pace` batches a second, or full speed (null). */
  'training:pace': (request: { runId: string; pace: Pace }) => LiveRunState
  /** Continue an interrupted or stopped run from its last checkpoint. */
  'training:continue': (request: { runId: string }) => LiveRunState
  /** The boundary of the run's model as it stands, or at a stored epoch (the scrubber's). */
  'training:boundary': (request: {
    runId: string
    resolution: number
    epoch?: number
    precision?: BoundaryPrecision
  }) => DecisionBoundary | null
  /** "Continue from here": a new run from a stored epoch of this one, with the changes asked for. */
  'training:branch': (request: BranchRequest) => LiveRunState
  /** A race: 2–4 runs from the same initial weights and batch order, each one's first state. */
  'training:race': (request: RaceRequest) => LiveRunState[]
  /**
   * A run training in this lab right now (to watch again after the window reloads, or opened in
   * another window): its state; null when it is not training here.
   */
  'training:live': (request: { runId: string }) => LiveRunState | null

  'runs:list': () => RunListItem[]
  'runs:get': (request: { runId: string }) => RunPage
  'runs:rename': (request: { runId: string; name: string }) => void
  'runs:annotate': (request: { runId: string; notes: string; tags: string[] }) => void
  'runs:delete': (request: { runId: string }) => void
  /**
   * Writes a run's model for other tools into a new folder named after the run and format: in
   * the desktop app inside a folder the user picks (null when cancelled), in browser mode under
   * the home's `exports/`, offered as a zip (`download`).
   */
  'runs:export': (request: {
    runId: string
    format: ExportFormat
    withData?: boolean
  }) => ExportOutcome | null
  /** A run's lab report: one self-contained HTML page. */
  'runs:report': (request: { runId: string }) => RunReport

  /**
   * Save experiment as…: the runs with their experiments and datasets in one `.bplab` file, in
   * the desktop app where the user chooses in the save dialog (null when cancelled), in browser
   * mode offered as a download.
   */
  'experiments:save': (request: { runIds: string[] }) => ExperimentSaved | null
  /** Open experiment…: a `.bplab` file brought in under new ids (never overwriting), or refused. */
  'experiments:open': (request: { path: string }) => ExperimentOpening

  /** Open model… in the desktop app: the native file dialog, then the file validated (null when cancelled). */
  'models:open': () => OpenedModel | null
  /** Open model… in browser mode: the chosen file's name and JSON text, validated. */
  'models:read': (request: { name: string; text: string }) => OpenedModel
  /** The CLI's `predict`: a model's outputs for raw input rows. */
  'models:predict': (request: { model: OpenedModel['model']; rows: number[][] }) => ModelPrediction

  /** Predict on a file: one prediction per row of a CSV/TSV file, columns matched by input name. */
  'results:predict': (request: { source: ResultsModel; table: TableText }) => FilePredictions
  /** Evaluate on a labelled file or a stored dataset: loss, accuracy or R², per class, confusion. */
  'results:evaluate': (request: {
    source: ResultsModel
    data: { datasetId: string } | { table: TableText; labelColumn?: string }
  }) => EvaluationReport

  /** Inspect (issue 6; types and field docs in model/inspect.ts). One layer's W, b and stored histograms. */
  'inspect:layer': (request: LayerRequest) => LayerInspection
  /** Per-epoch loss and per-layer gradient norms, for polling while training (`sinceEpoch`). */
  'inspect:history': (request: HistoryRequest) => TrainingHistory
  /** One sample's z and a in every layer and its outputs (a dataset row, or raw inputs). */
  'inspect:sample': (request: SampleRequest) => SampleInspection
  /** The engine's `trace` (one gradient-descent step, every number) on a copy of the model. */
  'inspect:trace': (request: TraceRequest) => TraceInspection
  /** Backprop against central differences per layer. */
  'inspect:gradcheck': (request: GradientCheckRequest) => GradientCheckInspection
  /** ∂J/∂W(l) and ∂J/∂b(l) of one layer on one batch at the current weights. */
  'inspect:batch-gradients': (request: BatchGradientsRequest) => BatchGradients
  /** The confusion matrix on a part of the split (null: a regression run or an empty part). */
  'inspect:confusion': (request: ConfusionRequest) => ConfusionInspection | null
  /** Which of a run's first rows are validation or test rows (the boundary marks them). */
  'inspect:held-out': (request: HeldOutRequest) => HeldOutRows
  /** A page of one confusion cell's dataset rows. */
  'inspect:confusion-cell': (request: ConfusionCellRequest) => ConfusionCell
  /** Dead and saturated units, vanishing and exploding gradients, a loss rising under a large rate. */
  'inspect:diagnostics': (request: { runId: string; epoch?: number }) => Diagnostics

  /** Lesson 1: the apples photos' gradient timed as a loop over samples and as matrix products. */
  'learn:vectorization': () => VectorizationTiming
}

/** Main → renderer pushes. Key: channel; value: payload. */
export interface LabEvents {
  /** A command of the desktop app's menu for the window to carry out (src/shared/app-commands.ts). */
  'app:command': { command: RendererCommandName }
  /** A file the user opened from the file manager or Open Recent (already granted to this window). */
  'app:open-path': OpenedPath
  /** The appearance changed (the menu, or another window or tab). */
  'app:appearance': { appearance: Appearance }
  /** The window's page crashed and was reloaded: why, for a notice. */
  'app:renderer-restarted': { reason: string }
  'import:progress': ImportProgress
  /** Every change of every live run, in one numbered sequence (see RunFeed). */
  'training:change': RunChange
}

export type InvokeChannel = keyof LabInvoke
export type EventChannel = keyof LabEvents

/** The single argument of a call (every call takes one request object or nothing). */
export type InvokeRequest<C extends InvokeChannel> =
  Parameters<LabInvoke[C]> extends [infer R] ? R : undefined
/** The result of a call. */
export type InvokeResult<C extends InvokeChannel> = ReturnType<LabInvoke[C]>

/** Why a call failed: a user mistake, a payload main refused, a channel this host lacks, or a bug. */
export type LabErrorKind = 'user' | 'validation' | 'unsupported' | 'internal'

/** What crosses the wire for every call: the value, or a typed error (never a raw exception). */
export type InvokeReply<C extends InvokeChannel> =
  | { ok: true; value: InvokeResult<C> }
  | { ok: false; error: { kind: LabErrorKind; message: string; detail?: LabMessage } }

/** The API the renderer sees, over Electron IPC or the browser-mode WebSocket alike. */
export interface LabApi {
  invoke<C extends InvokeChannel>(
    channel: C,
    ...request: Parameters<LabInvoke[C]>
  ): Promise<InvokeResult<C>>
  on<E extends EventChannel>(event: E, listener: (payload: LabEvents[E]) => void): () => void
}
