import type { Command } from 'commander'
import { summaryOf } from '../command-list'
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

/** `1 folder is` or `3 folders are`. */
function folders(count: number): string {
  return count === 1 ? '1 folder is' : `${count} folders are`
}

/**
 * Dataset folders the database does not list (it was emptied or replaced): with `restore` they
 * are registered again, else a note says how. Folders that cannot be are said so, and kept.
 */
function unregisteredFolders(lab: Lab, out: Output, restore: boolean): void {
  if (restore) {
    const restored = lab.datasets.restore()
    if (restored.length > 0)
      out.note(`registered again: ${someOf(restored.map((d) => `${d.datasetId} ${d.name}`))}`)
  }
  const found = lab.datasets.unregistered()
  const restorable = found.filter((folder) => folder.dataset && !folder.duplicateOf)
  const duplicates = found.filter((folder) => folder.duplicateOf)
  const bare = found.filter((folder) => !folder.dataset)
  const where = lab.home.datasets
  if (restorable.length > 0)
    out.note(
      `note: ${folders(restorable.length).replace('folder', 'dataset folder')} in ${where} not in ${lab.home.database} (${someOf(restorable.map((folder) => `${folder.folderId} ${folder.dataset!.name}`))}); register them again with: backprop-lab datasets --restore`
    )
  if (duplicates.length > 0)
    out.note(
      `note: ${folders(duplicates.length)} in ${where} the same import as a listed dataset (${someOf(duplicates.map((folder) => `${folder.folderId} as ${folder.duplicateOf}`))}); kept as they are`
    )
  if (bare.length > 0)
    out.note(
      `note: ${folders(bare.length)} in ${where} without a dataset.json (saved by an older version); kept as they are, but they cannot be registered again`
    )
}

/** `datasets [--restore]`: lists the imported datasets. */
export function datasetsCommand(program: Command): void {
  const command = program
    .command('datasets')
    .description(summaryOf('datasets'))
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
