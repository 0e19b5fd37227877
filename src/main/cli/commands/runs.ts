import type { Command } from 'commander'
import { summaryOf } from '../command-list'
import { runSummary } from '../../services/run-pages'
import type { RunRecord } from '../../services/run-service'
import { withLab, type GlobalOptions } from '../context'
import { formatNumber, formatPercent, table } from '../output'
import { addGlobalOptions } from './global-options'
import { earlyStopText, printFinalFigures } from '../summary'
import { textOf } from '../../../shared/messages'
import { finalFigures } from '../../../shared/model/final-figures'
import type { RunEvaluationSummary } from '../../../shared/model/run-page'

/**
 * A run's status as the tables print it: `paused` for a running run paused right now (the JSON
 * keeps the contract's `running`).
 */
function statusText(run: RunRecord): string {
  return run.status === 'running' && run.paused ? 'paused' : run.status
}

/** `runs` and `run ID`. */
export function runsCommands(program: Command): void {
  addGlobalOptions(program.command('runs').description(summaryOf('runs'))).action(
    async (values: GlobalOptions) => {
      await withLab(values, async ({ lab, out }) => {
        const runs = lab.runs.list()
        for (const run of runs) out.event(runSummary(run))
        if (runs.length === 0) {
          out.text('No runs yet. Train one with: backprop-lab train DATA')
          return
        }
        out.text(
          table([
            [
              'ID',
              'NAME',
              'DATASET',
              'STATUS',
              'EPOCHS',
              'TRAIN LOSS',
              'VAL LOSS',
              'VAL ACC',
              'STARTED'
            ],
            ...runs.map((run) => [
              run.runId,
              run.name,
              run.datasetId ?? '—',
              statusText(run),
              String(run.epochs),
              formatNumber(run.trainLoss),
              formatNumber(run.valLoss),
              formatPercent(run.valAccuracy),
              run.startedAt.replace('T', ' ').slice(0, 19)
            ])
          ])
        )
      })
    }
  )

  addGlobalOptions(
    program.command('run').description(summaryOf('run')).argument('<ID>', 'run id')
  ).action(async (id: string, values: GlobalOptions) => {
    await withLab(values, async ({ lab, out }) => {
      const run = lab.runs.get(id)
      const metrics = lab.runs.metrics(id)
      // The train, validation and test figures `train` ended with (the test part's are kept
      // only in the run's final evaluation).
      const final = finalFigures(metrics.at(-1), run.summary as RunEvaluationSummary | null)
      out.event({
        ...runSummary(run),
        final,
        config: run.config,
        seed: run.seed,
        dataHash: run.dataHash,
        engineVersion: run.engineVersion,
        error: run.error && textOf(run.error),
        parent: run.parent,
        earlyStop: run.earlyStop,
        raceId: run.raceId,
        metrics: metrics.map((m) => ({ event: 'epoch', ...m }))
      })
      out.text(
        `Run ${run.runId} "${run.name}": ${statusText(run)}, ${run.epochs}/${run.config.epochs} epochs, dataset ${run.datasetId ?? '(deleted)'}`
      )
      out.text(
        `started ${run.startedAt}${run.endedAt ? `, ended ${run.endedAt}` : ''}; seed ${run.seed}; engine ${run.engineVersion}; data hash ${run.dataHash.slice(0, 16)}…`
      )
      if (run.error) out.text(`error: ${textOf(run.error)}`)
      if (run.parent) out.text(`branched from run ${run.parent.runId} at epoch ${run.parent.epoch}`)
      if (run.earlyStop) out.text(earlyStopText(run.earlyStop))
      out.text(
        `network: ${[run.network.inputSize, ...run.network.layers.map((l) => `${l.units} ${l.activation}`)].join(' → ')}, loss ${run.network.loss}`
      )
      out.text(`config: ${JSON.stringify(run.config)}`)
      if (final.epoch !== null) {
        out.text()
        printFinalFigures(out, final)
      }
      if (metrics.length > 0) {
        out.text()
        out.text(
          table([
            ['EPOCH', 'TRAIN LOSS', 'TRAIN ACC', 'VAL LOSS', 'VAL ACC', 'SAMPLES/S'],
            ...metrics.map((m) => [
              String(m.epoch),
              formatNumber(m.trainLoss),
              formatPercent(m.trainAccuracy),
              formatNumber(m.valLoss),
              formatPercent(m.valAccuracy),
              String(Math.round(m.samplesPerSecond))
            ])
          ])
        )
      }
    })
  })
}
