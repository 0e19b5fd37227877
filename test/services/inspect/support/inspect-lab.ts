import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ENGINE_VERSION, specFromModelFile } from '../../../../src/main/engine'
import { openLab, type Lab } from '../../../../src/main/lab'
import { dispatch } from '../../../../src/main/ipc/dispatch'
import { createHandlers } from '../../../../src/main/ipc/handlers'
import { browserModeCaller } from '../../../../src/main/web/web-host'
import type { InvokeChannel, InvokeReply } from '../../../../src/shared/ipc/contract'
import { InspectService } from '../../../../src/main/services/inspect/inspect-service'
import { completeRunConfig } from '../../../../src/main/services/training/run-config'
import type { LayerEpochInternals } from '../../../../src/shared/model/inspect'
import type { DatasetSummary } from '../../../../src/shared/model/dataset'
import type { ModelFile, ModelFileLayer } from '../../../../src/shared/model/model-file'
import type { RunConfig } from '../../../../src/shared/model/run'

/**
 * A lab on a temporary home for the Inspect tests, with helpers that store datasets and runs
 * whose models are written by hand (so every expected number can be worked out from them).
 */
export interface InspectLab {
  lab: Lab
  inspect: InspectService
  home: string
  close(): void
}

export function openInspectLab(): InspectLab {
  const home = mkdtempSync(join(tmpdir(), 'backprop-lab-inspect-'))
  const lab = openLab({ home })
  return {
    lab,
    inspect: new InspectService(lab),
    home,
    close: () => {
      lab.close()
      rmSync(home, { recursive: true, force: true })
    }
  }
}

/** Imports CSV text (written to the home folder) with its label in the column `label`. */
export async function importCsv(
  lab: Lab,
  name: string,
  text: string,
  label = 'label'
): Promise<DatasetSummary> {
  const path = join(lab.home.root, `${name}.csv`)
  writeFileSync(path, text)
  return (await lab.imports.importPath(path, { labelColumn: label })).dataset
}

/**
 * Rows of three classes on a 2-D grid: x1, x2 ∈ {−2, −1.5, …, 2.5}, class c0 left of x1 = 0, c1
 * right of it below x2 = 0.5, c2 above; 100 rows in file order (row r has x1 = −2 + (r mod 10)/2,
 * x2 = −2 + ⌊r/10⌋/2).
 */
export function gridCsv(): { text: string; inputs: number[][]; labels: number[] } {
  const inputs: number[][] = []
  const labels: number[] = []
  for (let r = 0; r < 100; r++) {
    const x1 = -2 + (r % 10) / 2
    const x2 = -2 + Math.floor(r / 10) / 2
    inputs.push([x1, x2])
    labels.push(x1 < 0 ? 0 : x2 < 0.5 ? 1 : 2)
  }
  const text = ['x1,x2,label', ...inputs.map(([x1, x2], r) => `${x1},${x2},c${labels[r]}`)].join(
    '\n'
  )
  return { text, inputs, labels }
}

/** A model file from layers written out by hand. */
export function handModel(
  inputSize: number,
  layers: ModelFileLayer[],
  loss: ModelFile['loss'],
  extra: Partial<ModelFile> = {}
): ModelFile {
  return { format: 'backprop-lab/model', formatVersion: 1, inputSize, layers, loss, ...extra }
}

/** What a stored run is given besides its model. */
export interface StoredRunOptions {
  config?: Partial<RunConfig>
  /** Per epoch: train loss (metrics) and, optionally, the layers' internals. */
  epochs?: { trainLoss: number; internals?: LayerEpochInternals[] }[]
}

/**
 * Stores a completed run of `dataset` whose final model is `model` (as if trained), with its
 * config completed as `train` would, and the given epochs' metrics and internals.
 */
export function storeRun(
  lab: Lab,
  dataset: DatasetSummary,
  model: ModelFile,
  options: StoredRunOptions = {}
): string {
  const config = completeRunConfig({ hidden: [], ...options.config }, dataset.rows)
  const experiment = lab.db.experiments.insert('inspect test', dataset.datasetId)
  const run = lab.db.runs.insert({
    experimentId: experiment.experimentId,
    name: 'inspect test',
    datasetId: dataset.datasetId,
    config,
    network: specFromModelFile(model),
    seed: config.seed,
    engineVersion: ENGINE_VERSION,
    dataHash: dataset.contentHash,
    pid: process.pid
  })
  lab.db.runs.setPreprocessing(run.runId, model.preprocessing ?? null)
  ;(options.epochs ?? [{ trainLoss: 1 }]).forEach((epoch, index) => {
    const metrics = {
      epoch: index + 1,
      trainLoss: epoch.trainLoss,
      trainAccuracy: null,
      valLoss: null,
      valAccuracy: null,
      samplesPerSecond: 1
    }
    lab.db.metrics.addEpoch(run.runId, metrics, index)
    if (epoch.internals) lab.db.internals.add(run.runId, index + 1, epoch.internals)
  })
  lab.db.runs.finish(run.runId, {
    status: 'completed',
    model,
    summary: null,
    error: null,
    activeSeconds: 0
  })
  return run.runId
}

/** A call as browser mode's page makes it: through dispatch, validation and path rules included. */
export type BrowserCall = (channel: string, request: unknown) => Promise<InvokeReply<InvokeChannel>>

/** Calls to `lab` through the handlers and rules browser mode uses. */
export function browserCalls(lab: Lab, resourcesDir = 'resources'): BrowserCall {
  const handlers = createHandlers({
    lab,
    emit: () => {},
    mode: 'browser',
    version: 'test',
    resourcesDir
  })
  const caller = browserModeCaller(lab, resourcesDir)
  return (channel, request) => dispatch(handlers, channel, request, caller)
}
