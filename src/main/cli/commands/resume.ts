import type { Command } from 'commander'
import { summaryOf } from '../command-list'
import { UserError } from '../../../shared/errors'
import { withLab, type GlobalOptions } from '../context'
import { addGlobalOptions } from './global-options'
import { followRun } from './train'

/** `resume ID`: continues an interrupted run from its last checkpoint, streaming like `train`. */
export function resumeCommand(program: Command): void {
  const command = program
    .command('resume')
    .description(summaryOf('resume'))
    .argument('<ID>', 'run id')
    .option('--save-model <file>', 'write the trained model file here')
  addGlobalOptions(command).action(
    async (id: string, values: GlobalOptions & { saveModel?: string }) => {
      await withLab(values, async ({ lab, out }) => {
        const record = lab.db.runs.get(id)
        if (!record) throw new UserError(`no run with id ${id} (see: backprop-lab runs)`)
        const from = lab.db.checkpoints.epochs(id).at(-1) ?? 0
        const run = lab.training.resume(id)
        const dataset = lab.datasets.summary(record.datasetId!)
        out.note(`resuming run ${id} from epoch ${from} of ${record.config.epochs}`)
        // The figures of the run so far, should it stop before finishing another epoch.
        const stored = lab.db.metrics.epochs(id).find((metrics) => metrics.epoch === from) ?? null
        await followRun(
          out,
          run,
          record.config,
          from + 1,
          values.saveModel ?? null,
          dataset,
          stored
        )
      })
    }
  )
}
