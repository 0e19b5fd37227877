import { writeFileSync } from 'node:fs'
import type { Command } from 'commander'
import { summaryOf } from '../command-list'
import type { DatasetSummary } from '../../../shared/model/dataset'
import type { ModelFile } from '../../../shared/model/model-file'
import type { RunConfig } from '../../../shared/model/run'
import type { EpochMetrics } from '../../../shared/model/training'
import { UserError } from '../../../shared/errors'
import { readModelFile } from '../../services/model-files'
import type { ActiveRun, RunOutcome } from '../../services/training/active-run'
import { completeRunConfig } from '../../services/training/run-config'
import { withLab, type GlobalOptions } from '../context'
import type { Output } from '../output'
import { TrainingProgressDisplay } from '../progress'
import { resolveDataset } from '../resolve'
import { printSummary, doneEvent } from '../summary'
import { addGlobalOptions } from './global-options'
import {
  addImportOptions,
  addTrainOptions,
  givenRunConfig,
  importOptions,
  type TrainOptionValues
} from './train-options'

/** `train DATA [options]`: trains a network on a dataset id or a path, and stores the run. */
export function trainCommand(program: Command): void {
  const command = program
    .command('train')
    .description(summaryOf('train'))
    .argument('<DATA>', 'dataset id or path')
  addTrainOptions(command)
  addImportOptions(command)
  addGlobalOptions(command).action(
    async (data: string, values: TrainOptionValues & GlobalOptions) => {
      await withLab(values, async ({ lab, out }) => {
        const dataset = await resolveDataset(lab, out, data, importOptions(values))
        const given = givenRunConfig(values)
        const trainShare =
          (given.split ?? [0.8, 0.2])[0] / (given.split ?? [0.8, 0.2]).reduce((a, b) => a + b, 0)
        const config = completeRunConfig(given, Math.round(dataset.rows * trainShare))
        const initialModel = config.initModel ? readModelFile(config.initModel) : null
        const run = lab.training.start({ datasetId: dataset.datasetId, config, initialModel })
        await followRun(out, run, config, 1, values.saveModel ?? null, dataset)
      })
    }
  )
}

/**
 * Streams a run's epochs (JSON lines or a progress bar), stops it after the current batch on
 * Ctrl-C, then prints the summary and saves the model. Shared by `train` and `resume`.
 */
export async function followRun(
  out: Output,
  run: ActiveRun,
  config: RunConfig,
  firstEpoch: number,
  saveModel: string | null,
  dataset: DatasetSummary,
  storedLastEpoch: EpochMetrics | null = null
): Promise<RunOutcome> {
  const display = out.json ? null : new TrainingProgressDisplay(config.epochs, firstEpoch)
  let interrupts = 0
  const onInterrupt = () => {
    interrupts++
    if (interrupts > 1) process.exit(130)
    display?.stop()
    out.note('stopping after the current batch… (Ctrl-C again to quit at once)')
    run.stop()
  }
  process.on('SIGINT', onInterrupt)
  let lastEpoch = storedLastEpoch
  const unsubscribe = run.subscribe({
    progress: (_runId, progress) => display?.batch(progress),
    epoch: (_runId, metrics) => {
      lastEpoch = metrics
      out.event({ event: 'epoch', ...metrics })
      display?.epoch(metrics)
    }
  })
  try {
    const outcome = await run.finished
    display?.stop()
    if (saveModel && outcome.model) saveModelFile(saveModel, outcome.model)
    out.event(doneEvent(outcome, lastEpoch, saveModel))
    if (!out.json) printSummary(out, outcome, lastEpoch, dataset, saveModel)
    if (outcome.status === 'failed')
      throw new UserError(outcome.error ?? `run ${outcome.runId} failed`)
    return outcome
  } finally {
    unsubscribe()
    process.off('SIGINT', onInterrupt)
  }
}

function saveModelFile(path: string, model: ModelFile): void {
  try {
    writeFileSync(path, `${JSON.stringify(model, null, 2)}\n`)
  } catch (error) {
    throw new UserError(`${path}: cannot write the model file (${(error as Error).message})`)
  }
}
