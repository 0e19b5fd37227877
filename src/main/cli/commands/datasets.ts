import type { Command } from 'commander'
import type { Lab } from '../../lab'
import { withLab, type GlobalOptions } from '../context'
import { table, type Output } from '../output'
import { addGlobalOptions } from './global-options'

/** A few names of a list, then how many more. */
function someOf(names: string[]): string {
  return names.length <= 5
    ? names.join(', ')
    : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`
}

/**
 * Dataset folders the database does not list (it was emptied or replaced): with `restore` they
 * are registered again, else a note says how.
 */
function unregisteredFolders(lab: Lab, out: Output, restore: boolean): void {
  if (restore) {
    const restored = lab.datasets.restore()
    if (restored.length > 0)
      out.note(`registered again: ${someOf(restored.map((d) => `${d.datasetId} ${d.name}`))}`)
  }
  const found = lab.datasets.unregistered()
  const described = found.filter((folder) => folder.dataset)
  const bare = found.length - described.length
  if (described.length > 0)
    out.note(
      `note: ${described.length} dataset folder${described.length === 1 ? '' : 's'} in ${lab.home.datasets} ${described.length === 1 ? 'is' : 'are'} not in ${lab.home.database} (${someOf(described.map((folder) => `${folder.folderId} ${folder.dataset!.name}`))}); ${restore ? 'a dataset with the same import is listed already' : 'register them again with: backprop-lab datasets --restore'}`
    )
  if (bare > 0)
    out.note(
      `note: ${bare} folder${bare === 1 ? '' : 's'} in ${lab.home.datasets} without a dataset.json (saved by an older version) ${bare === 1 ? 'is' : 'are'} kept as ${bare === 1 ? 'it is' : 'they are'}, but cannot be registered again`
    )
}

/** `datasets [--restore]`: lists the imported datasets. */
export function datasetsCommand(program: Command): void {
  const command = program
    .command('datasets')
    .description('list the datasets')
    .option('--restore', 'register again dataset folders the database does not list')
  addGlobalOptions(command).action(async (values: GlobalOptions & { restore?: boolean }) => {
    await withLab(values, async ({ lab, out }) => {
      unregisteredFolders(lab, out, values.restore ?? false)
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
            d.classes ? d.classes.join(', ').slice(0, 40) : `regression (${d.targets?.join(', ')})`
          ])
        ])
      )
    })
  })
}
