import type { LayerSpec, LossName } from '@shared/model/network'
import { classicModelName } from '@shared/model/network-design'
import type { RunStatus } from '@shared/model/run'
import type { RunPage } from '@shared/model/run-page'
import type { RunEndInfo } from '@shared/model/live-run'
import { statusOf, type LiveRun } from '@renderer/lib/runs/live-run'

/** What a run trains: its dataset, its architecture, and the dataset's classes. */
export interface RunSubject {
  /** The dataset, or null when it was deleted. */
  datasetId: string | null
  /** The dataset's name, or null when it was deleted. */
  dataset: string | null
  /** "4–16–3", or a classic name ("logistic regression") for a network without hidden layers. */
  architecture: string
  classes: readonly string[] | null
}

/** How a run the Training screen shows ended: as main reports it, or as stored. */
export interface RunResult extends RunEndInfo {
  runId: string
  status: Exclude<RunStatus, 'running'>
  /**
   * Training time in seconds, pauses left out: the time its progress showed (null: a run stored
   * before the lab kept it).
   */
  seconds: number | null
}

/**
 * A network's name as the Training screen writes it: the classic name of a network without
 * hidden layers, else the layer widths from inputs to outputs joined by en dashes.
 */
export function architectureName(
  inputSize: number,
  layers: readonly Pick<LayerSpec, 'activation' | 'units'>[],
  loss: LossName
): string {
  return (
    classicModelName(layers, loss) ?? [inputSize, ...layers.map((layer) => layer.units)].join('–')
  )
}

/** What a stored run trains. */
export function subjectOfView(view: RunPage): RunSubject {
  const { inputSize, layers, loss } = view.network
  return {
    datasetId: view.detail.datasetId,
    dataset: view.datasetName,
    architecture: architectureName(inputSize, layers, loss),
    classes: view.classes
  }
}

/** How a run ended (as main said when it ended here, else as stored), or null while it runs. */
export function resultOf(run: LiveRun | undefined): RunResult | null {
  if (!run) return null
  const { state, page } = run
  const status = statusOf(run)?.status
  if (!status || status === 'running') return null
  if (state?.end) return { runId: run.runId, status, ...state.end, seconds: state.activeSeconds }
  if (!page) return null
  const { error, epochs, earlyStop } = page.detail
  const { summary, targetCheck } = page
  const { seconds } = page
  return { runId: run.runId, status, error, epochs, summary, earlyStop, targetCheck, seconds }
}
