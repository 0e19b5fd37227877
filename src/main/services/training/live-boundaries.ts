import type { DatasetSummary } from '../../../shared/model/dataset'
import type { DecisionBoundary } from '../../../shared/model/live-run'
import type { ModelFile } from '../../../shared/model/model-file'
import type { Precision } from '../../../shared/model/network'
import { networkFromModelFile, restoreParameters } from '../../engine'
import { loadKernels, type LoadedKernels } from '../../kernel-host/load-kernels'
import { decisionBoundary, GridForward } from './decision-boundary'
import type { LatestParameters } from './run-launch'

/** What the live boundaries read of the runs training in this process. */
export interface LiveRuns {
  /** A training run's newest parameters (undefined once it has ended). */
  latest(runId: string): LatestParameters | undefined
  /** Its model as it stands (its shape, input features and preprocessing are what is read). */
  currentModel(runId: string): { model: ModelFile } | null
}

/** One training run's network on its own f32 kernels, with its grids' inputs and buffers. */
interface LiveNetwork {
  kernels: LoadedKernels
  model: ModelFile
  grid: GridForward
}

/**
 * Fresh kernels of a run's precision for its live network (for f32, WASM SIMD on one thread),
 * freed with the run.
 */
export type LoadLiveKernels = (precision: Precision) => Promise<LoadedKernels>

const loadOwnKernels: LoadLiveKernels = (precision) => loadKernels(precision, { threads: 1 })

/**
 * The decision boundary and neuron pictures of runs training in this process, at 'colour'
 * precision (what a live drawing asks for many times a second). Each run's network is built once,
 * on kernels of its own in the run's precision (an f32 run's on the WASM kernels), and every
 * answer copies the run's newest parameters into it in place and sweeps the grid with one
 * batched forward pass; f32 is far finer than the 256 steps of a colour channel, and the weights
 * the connections show are the run's own. A run's network and kernels are let go once it ends.
 */
export class LiveBoundaries {
  private readonly networks = new Map<string, Promise<LiveNetwork | null>>()

  constructor(
    private readonly runs: LiveRuns,
    private readonly loadLiveKernels: LoadLiveKernels = loadOwnKernels
  ) {}

  /** The boundary at a training run's newest weights; null when the run is not training here. */
  async boundary(
    runId: string,
    dataset: DatasetSummary,
    resolution: number
  ): Promise<DecisionBoundary | null> {
    this.forgetEnded()
    const latest = this.runs.latest(runId)
    if (!latest) return null
    let network = this.networks.get(runId)
    if (!network) {
      network = this.build(runId, latest.parameters[0] instanceof Float64Array ? 'f64' : 'f32')
      this.networks.set(runId, network)
    }
    const live = await network
    // Before the run's first report its model is not there yet: built on a later call.
    if (!live) this.networks.delete(runId)
    // The newest parameters once the network is there (a build may have waited for kernels).
    const newest = this.runs.latest(runId)
    if (!live || !newest) return null
    restoreParameters(live.grid.network, newest.parameters)
    const boundary = decisionBoundary(
      live.model,
      dataset,
      resolution,
      newest.epoch,
      'colour',
      live.grid
    )
    return boundary && newest.position ? { ...boundary, position: newest.position } : boundary
  }

  /** Lets go of every run's network (the host is closing). */
  close(): void {
    for (const runId of [...this.networks.keys()]) this.forget(runId)
  }

  private async build(runId: string, precision: Precision): Promise<LiveNetwork | null> {
    const current = this.runs.currentModel(runId)
    if (!current) return null
    const kernels = await this.loadLiveKernels(precision)
    const network = networkFromModelFile(current.model, kernels)
    return { kernels, model: current.model, grid: new GridForward(current.model, network) }
  }

  /** Frees the networks of runs that have ended. */
  private forgetEnded(): void {
    for (const runId of this.networks.keys()) if (!this.runs.latest(runId)) this.forget(runId)
  }

  private forget(runId: string): void {
    const network = this.networks.get(runId)
    this.networks.delete(runId)
    void network?.then((live) => live?.kernels.dispose())
  }
}
