import { writeFileSync } from 'node:fs'
import type { Command } from 'commander'
import { summaryOf } from '../command-list'
import type { DatasetSummary } from '../../../shared/model/dataset'
import type { ModelFile } from '../../../shared/model/model-file'
import type { RunConfig } from '../../../shared/model/run'
import type { EpochMetrics } from '../../../shared/model/training'
import { userError, userErrorOf } from '../../../shared/errors'
import { message } from '../../../shared/messages'
import type { ActiveRun, RunOutcome } from '../../services/training/active-run'
import { plannedRun } from '../../services/training/run-config'
import { withLab, type GlobalOptions } from '../context'
import type { Output } from '../output'
import { TrainingProgressDisplay } from '../progress'
import { resolveDataset } from '../resolve'
import { printSummary, doneEvent } from '../summary'
import { addGlobalOptions } from './global-options'
import { trainBranch } from './train-branch'
import { UsageError } from '../usage-error'
import { SAME_INTERRUPT_MS } from '../interrupts'
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
    .argument('[DATA]', 'dataset id or path (not needed with --from)')
    .option(
      '--from <RUN[@EPOCH]>',
      "continue from that run's checkpoint at EPOCH (default: its last) as a new run; --epochs counts from the run's start"
    )
  addTrainOptions(command)
  addImportOptions(command)
  addGlobalOptions(command).action(
    async (data: string | undefined, values: TrainOptionValues & GlobalOptions) => {
      await withLab(values, async ({ lab, out }) => {
        if (values.from !== undefined) {
          await trainBranch(lab, out, values.from, data, values)
          return
        }
        if (data === undefined)
          throw new UsageError('missing DATA: a dataset id or path (or --from RUN to branch)')
        // Options are checked before any import, so bad usage is said at once.
        const given = givenRunConfig(values)
        const dataset = await resolveDataset(lab, out, data, importOptions(values))
        const { config, initialModel } = plannedRun(dataset, given)
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
  let interruptedAt = -1
  const onInterrupt = () => {
    const now = performance.now()
    if (interruptedAt >= 0) {
      // The same Ctrl-C heard twice (interrupts.ts), not the second one.
      if (now - interruptedAt < SAME_INTERRUPT_MS) return
      process.exit(130)
    }
    interruptedAt = now
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
      throw userErrorOf(outcome.error ?? message('run.failed', { runId: outcome.runId }))
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
    throw userError('run.cannotWriteModel', { file: path, problem: (error as Error).message })
  }
}
