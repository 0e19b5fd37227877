import type { DatasetSummary } from '../../../shared/model/dataset'
import type { DecisionBoundary } from '../../../shared/model/live-run'
import type { ModelFile } from '../../../shared/model/model-file'
import type { Precision } from '../../../shared/model/network'
import { networkFromModelFile, restoreParameters } from '../../engine'
import { loadKernels, precompileKernels, type LoadedKernels } from '../../kernel-host/load-kernels'
import { decisionBoundary, GridForward } from './decision-boundary'
import type { LatestParameters } from './run-launch'

/** What the live boundaries read of the runs training in this process. */
export interface LiveRuns {
  /** The precision a run trains in, while it trains here (undefined once it has ended). */
  trainingPrecision(runId: string): Precision | undefined
  /** A training run's newest parameters (undefined before its first report, and once it has ended). */
  latest(runId: string): LatestParameters | undefined
  /** Resolves once a training run has parameters to show, or has ended. */
  reported(runId: string): Promise<void>
  /** Its model as it stands (its shape, input features and preprocessing are what is read). */
  currentModel(runId: string): { model: ModelFile } | null
}

/**
 * One training run's kernels, loading from the run's first request (the page asks as soon as the
 * run has started), and its network on them with its grids' inputs and buffers, built from the
 * run's first parameters.
 */
interface LiveNetwork {
  kernels: Promise<LoadedKernels>
  built: { model: ModelFile; grid: GridForward } | null
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
 * the connections show are the run's own. The kernels load from the run's first request, before
 * its first epoch has ended, so the first epoch's weights are drawn as soon as main has them. A
 * run's network and kernels are let go once it ends.
 */
export class LiveBoundaries {
  private readonly networks = new Map<string, LiveNetwork>()

  constructor(
    private readonly runs: LiveRuns,
    private readonly loadLiveKernels: LoadLiveKernels = loadOwnKernels
  ) {
    // The first run's kernels are then loaded, not compiled, before its first epoch ends.
    if (loadLiveKernels === loadOwnKernels) precompileKernels()
  }

  /**
   * The boundary at a training run's newest weights; null when the run is not training here (or
   * ended before its first epoch). Asked before the run's first epoch has ended (the page asks as
   * soon as the run has started), it answers once that epoch has: with its weights.
   */
  async boundary(
    runId: string,
    dataset: DatasetSummary,
    resolution: number
  ): Promise<DecisionBoundary | null> {
    this.forgetEnded()
    let live = this.networks.get(runId)
    if (!live) {
      const precision = this.runs.trainingPrecision(runId)
      if (!precision) return null
      live = { kernels: this.loadLiveKernels(precision), built: null }
      this.networks.set(runId, live)
    }
    // Before its first epoch has ended, the answer waits for it (and its kernels), and draws it.
    const [kernels] = await Promise.all([live.kernels, this.runs.reported(runId)])
    // The newest parameters once both are there (the run may have ended meanwhile).
    const newest = this.runs.latest(runId)
    if (!newest || this.networks.get(runId) !== live) return null
    live.built ??= this.build(runId, kernels)
    if (!live.built) return null
    const { model, grid } = live.built
    restoreParameters(grid.network, newest.parameters)
    const boundary = decisionBoundary(model, dataset, resolution, newest.epoch, 'colour', grid)
    return boundary && newest.position ? { ...boundary, position: newest.position } : boundary
  }

  /** Lets go of every run's network (the host is closing). */
  close(): void {
    for (const runId of [...this.networks.keys()]) this.forget(runId)
  }

  private build(runId: string, kernels: LoadedKernels): LiveNetwork['built'] {
    const current = this.runs.currentModel(runId)
    if (!current) return null
    const network = networkFromModelFile(current.model, kernels)
    return { model: current.model, grid: new GridForward(current.model, network) }
  }

  /** Frees the networks of runs that have ended. */
  private forgetEnded(): void {
    for (const runId of this.networks.keys())
      if (!this.runs.trainingPrecision(runId)) this.forget(runId)
  }

  /** Lets go of a run's network and kernels (kernels that failed to load: their requests said why). */
  private forget(runId: string): void {
    const live = this.networks.get(runId)
    this.networks.delete(runId)
    void live?.kernels.then(
      (kernels) => kernels.dispose(),
      () => {}
    )
  }
}
