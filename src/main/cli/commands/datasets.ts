import type { Command } from 'commander'
import { summaryOf } from '../command-list'
import { withLab, type GlobalOptions } from '../context'
import { table } from '../output'
import { addGlobalOptions } from './global-options'

/** `datasets`: lists the imported datasets. */
export function datasetsCommand(program: Command): void {
  addGlobalOptions(program.command('datasets').description(summaryOf('datasets'))).action(
    async (values: GlobalOptions) => {
      await withLab(values, async ({ lab, out }) => {
        const datasets = lab.db.datasets.list()
        for (const dataset of datasets) {
          out.event({
            datasetId: dataset.datasetId,
            name: dataset.name,
            kind: dataset.kind,
            rows: dataset.rows,
            features: dataset.features,
            classes: dataset.classes
          })
        }
        if (datasets.length === 0) {
          out.text('No datasets yet. Import one with: backprop-lab import PATH')
          return
        }
        out.text(
          table([
            ['ID', 'NAME', 'KIND', 'ROWS', 'FEATURES', 'CLASSES'],
            ...datasets.map((d) => [
              d.datasetId,
              d.name,
              d.kind,
              String(d.rows),
              String(d.features),
              d.classes
                ? d.classes.join(', ').slice(0, 40)
                : `regression (${d.targets?.join(', ')})`
            ])
          ])
        )
      })
    }
  )
}
