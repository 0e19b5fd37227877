import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type {
  GradientCheckRequest,
  SampleInspection,
  SplitPart,
  TraceInspection,
  TraceRequest
} from '@shared/model/inspect'
import type { PreviewRow } from '@shared/model/dataset-preview'
import { lab } from '@renderer/api/lab'
import { LabError } from '@renderer/api/lab-error'
import { i18n } from '@renderer/i18n'
import { decimalOfFloat32, targetRowOf } from '@renderer/lib/inspect/sample-rows'
import { isLive } from '@renderer/lib/runs/live-run'
import { useDatasetsStore } from './datasets'
import { useLiveRunsStore } from './live-runs'
import { useRunsStore } from './runs'
import { useTrainingStore } from './training'

/** The Inspect screen's panels. */
export const INSPECT_PANELS = [
  'weights',
  'activations',
  'gradients',
  'step',
  'gradcheck',
  'confusion'
] as const
export type InspectPanel = (typeof INSPECT_PANELS)[number]

/** Panels that need a run's stored training (a preset model file has none). */
export const RUN_ONLY_PANELS: readonly InspectPanel[] = ['gradients', 'confusion']

/**
 * What the Inspect screen looks at: a stored or running run (at a stored epoch, or without one at
 * its latest), or a preset model file (no run yet).
 */
export type InspectSource =
  { kind: 'run'; runId: string; epoch?: number } | { kind: 'preset'; path: string }

/** Rows a gradient check of a preset takes from the current dataset. */
const PRESET_CHECK_ROWS = 8

/**
 * The Inspect screen's focus: which panel is open, which model it inspects, and the sample
 * followed through the activations and step-through views. Other screens (Learn's "try it",
 * the confusion matrix) call `focus` to open a panel on a given sample. Its calls fetch one
 * layer or one sample of the inspected model at a time; panels keep what they fetched.
 */
export const useInspectStore = defineStore('inspect', () => {
  const training = useTrainingStore()
  const datasets = useDatasetsStore()
  const runs = useRunsStore()
  const liveRuns = useLiveRunsStore()
  const panel = ref<InspectPanel>('weights')
  /** null: the run shown on the Training screen. */
  const source = ref<InspectSource | null>(null)
  /** The dataset row followed (0-based), or null for the first one. */
  const sampleRow = ref<number | null>(null)

  /** Opens a panel, optionally on a given model and sample. */
  function focus(
    next: InspectPanel,
    options: { source?: InspectSource | null; sampleRow?: number | null } = {}
  ): void {
    panel.value = next
    if (options.source !== undefined) source.value = options.source
    if (options.sampleRow !== undefined) sampleRow.value = options.sampleRow
  }

  /** Inspects another model (null: the Training screen's run), from its first sample. */
  function choose(next: InspectSource | null): void {
    source.value = next
    sampleRow.value = null
  }

  /** What is inspected: the chosen source, else the Training screen's run (null: nothing yet). */
  const target = computed<InspectSource | null>(
    () => source.value ?? (training.runId ? { kind: 'run', runId: training.runId } : null)
  )
  const runId = computed(() => (target.value?.kind === 'run' ? target.value.runId : null))
  /** The stored epoch every panel shows (a run's scrubber chose it), or null for the latest. */
  const epoch = computed(() => (target.value?.kind === 'run' ? (target.value.epoch ?? null) : null))
  /** The epoch as main's optional request field: every run request of the screen carries it. */
  const at = () => (epoch.value === null ? {} : { epoch: epoch.value })

  /** Back from a scrubbed epoch to the run's latest weights. */
  function showLatest(): void {
    const current = source.value
    if (current?.kind === 'run') source.value = { kind: 'run', runId: current.runId }
  }
  const run = computed(() => runs.runs.find((item) => item.runId === runId.value) ?? null)
  /**
   * Where the samples come from: the run's dataset (for the Training screen's run before the
   * runs list has it, the dataset in use there), or for a preset the dataset in use.
   */
  const dataset = computed(() => {
    if (target.value?.kind !== 'run') return datasets.current
    if (!run.value && runId.value === training.runId) return datasets.current
    const id = run.value?.datasetId
    return datasets.datasets.find((candidate) => candidate.datasetId === id) ?? null
  })
  /** The row followed, within the inspected dataset (a row of another dataset falls back to its last). */
  const row = computed(() => {
    const wanted = sampleRow.value ?? 0
    const rows = dataset.value?.rows
    return rows ? Math.min(wanted, rows - 1) : wanted
  })
  const inspected = computed(() => liveRuns.run(runId.value))
  /** True while the inspected run trains in the lab. */
  const live = computed(() => isLive(inspected.value))
  /** Ticks with every change of the inspected run while live (panels refresh on it, throttled). */
  const liveRevision = computed(() => (live.value ? inspected.value!.revision : -1))
  /** The last epoch the inspected run finished while live (weights change only when it moves). */
  const liveEpoch = computed(() =>
    live.value ? (inspected.value!.epochs.at(-1)?.epoch ?? 0) : null
  )

  /**
   * True while the inspected run trains but has not finished its first epoch: it has no weights
   * to inspect yet (a lesson's try-it opens Inspect the moment its run starts).
   */
  const awaitingWeights = computed(() => liveEpoch.value === 0)

  /** True when the live run has finished an epoch after `shown` (what a panel shows is behind). */
  function isBehind(shown: number | null | undefined): boolean {
    return liveEpoch.value !== null && liveEpoch.value > (shown ?? 0)
  }

  function requireRun(): string {
    if (runId.value) return runId.value
    throw new LabError('user', i18n.global.t('inspect.errors.needsRun'))
  }

  /**
   * A dataset row's values and target row for a preset model (which has no run), as written in
   * the data file: the stored Float32 values back to their decimals, so the textbook example
   * traces 0.05 and 0.10 exactly (as the CLI's `trace --input` does) and shows its published
   * numbers to the last digit.
   */
  async function presetRow(rowIndex: number): Promise<{ row: PreviewRow; targets: number[] }> {
    const data = dataset.value
    if (!data) throw new LabError('user', i18n.global.t('inspect.errors.presetNeedsData'))
    const page = await lab.invoke('datasets:preview', {
      datasetId: data.datasetId,
      offset: rowIndex,
      limit: 1
    })
    const found = page.rows[0]
    if (!found)
      throw new LabError('user', i18n.global.t('inspect.errors.noRow', { row: rowIndex + 1 }))
    const row = { ...found, values: found.values.map(decimalOfFloat32) }
    return { row, targets: targetRowOf(row, data.classes?.length ?? 0).map(decimalOfFloat32) }
  }

  /** The inspected source as main's ModelSource. */
  function modelSource(): { runId: string; epoch?: number } | { modelPath: string } {
    const current = target.value
    if (!current) throw new LabError('user', i18n.global.t('inspect.errors.nothing'))
    return current.kind === 'run' ? { runId: current.runId, ...at() } : { modelPath: current.path }
  }

  /** One sample through the model: every z and a, the outputs and the classes. */
  async function sampleOf(rowIndex: number): Promise<SampleInspection> {
    const from = modelSource()
    if ('runId' in from) return lab.invoke('inspect:sample', { ...from, row: rowIndex })
    const { row: stored } = await presetRow(rowIndex)
    return lab.invoke('inspect:sample', { ...from, inputs: stored.values })
  }

  /** The engine's trace of one gradient-descent step on one sample (one layer's numbers, or all). */
  async function traceOf(rowIndex: number, layer?: number): Promise<TraceInspection> {
    const from = modelSource()
    const request: TraceRequest =
      'runId' in from
        ? { ...from, rows: [rowIndex], layer }
        : await presetRow(rowIndex).then(({ row: stored, targets }) => ({
            ...from,
            inputs: [stored.values],
            targets: [targets],
            layer
          }))
    return lab.invoke('inspect:trace', request)
  }

  /**
   * Backprop against central differences: a run's validation rows, or a preset's first rows;
   * `broken` breaks backprop on purpose for this check only (the lesson on checking gradients).
   */
  async function gradientCheck(
    precision: 'f64' | 'model',
    broken?: GradientCheckRequest['broken']
  ) {
    const from = modelSource()
    let request: GradientCheckRequest = { ...from, precision, ...(broken ? { broken } : {}) }
    if (!('runId' in from)) {
      const count = Math.min(PRESET_CHECK_ROWS, dataset.value?.rows ?? 0)
      const rows = await Promise.all(Array.from({ length: count }, (_, index) => presetRow(index)))
      request = {
        ...request,
        inputs: rows.map((entry) => entry.row.values),
        targets: rows.map((entry) => entry.targets)
      }
    }
    return lab.invoke('inspect:gradcheck', request)
  }

  /** Stored rows of the inspected dataset (thumbnails of a confusion cell), one row per call. */
  async function storedRows(rows: readonly number[]): Promise<PreviewRow[]> {
    const data = dataset.value
    if (!data) return []
    const pages = await Promise.all(
      rows.map((offset) =>
        lab.invoke('datasets:preview', { datasetId: data.datasetId, offset, limit: 1 })
      )
    )
    return pages.flatMap((page) => page.rows)
  }

  return {
    panel,
    source,
    sampleRow,
    focus,
    choose,
    showLatest,
    target,
    runId,
    epoch,
    run,
    dataset,
    row,
    live,
    liveRevision,
    liveEpoch,
    awaitingWeights,
    isBehind,
    sampleOf,
    traceOf,
    gradientCheck,
    storedRows,
    layerOf: async (layer: number, histogramsSince = 0) =>
      lab.invoke('inspect:layer', { runId: requireRun(), ...at(), layer, histogramsSince }),
    historyOf: async (sinceEpoch = 0) =>
      lab.invoke('inspect:history', { runId: requireRun(), sinceEpoch }),
    /** One layer's gradients on the run's first training batch, or on the given rows. */
    batchGradientsOf: async (layer: number, rows?: number[]) =>
      lab.invoke('inspect:batch-gradients', { runId: requireRun(), ...at(), layer, rows }),
    confusionOf: async (part: SplitPart) =>
      lab.invoke('inspect:confusion', { runId: requireRun(), ...at(), part }),
    confusionCellOf: async (
      part: SplitPart,
      actual: number,
      predicted: number,
      offset: number,
      limit: number
    ) =>
      lab.invoke('inspect:confusion-cell', {
        runId: requireRun(),
        ...at(),
        part,
        actual,
        predicted,
        offset,
        limit
      }),
    diagnosticsOf: async () => lab.invoke('inspect:diagnostics', { runId: requireRun(), ...at() })
  }
})
