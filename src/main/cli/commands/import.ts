import type { Command } from 'commander'
import { textOf } from '../../../shared/messages'
import { summaryOf } from '../command-list'
import type { DatasetSummary } from '../../../shared/model/dataset'
import { SKIPPED_KIND_WORDS } from '../../../shared/message-tables/english'
import { groupSkipped } from '../../../shared/model/skipped'
import { withLab, type GlobalOptions } from '../context'
import { importWithProgress } from '../import-progress'
import { table, type Output } from '../output'
import { addGlobalOptions } from './global-options'
import { addImportOptions, importOptions, type TrainOptionValues } from './train-options'

/** `import PATH`: imports a CSV file, an image folder or IDX files into the lab. */
export function importCommand(program: Command): void {
  const command = program
    .command('import')
    .description(summaryOf('import'))
    .argument('<PATH>', 'the file or folder')
    .option('--name <name>', 'a name for the dataset (default: the file or folder name)')
  addImportOptions(command)
  addGlobalOptions(command).action(
    async (path: string, values: TrainOptionValues & GlobalOptions) => {
      await withLab(values, async ({ lab, out }) => {
        const { dataset, reused } = await importWithProgress(
          lab,
          out,
          path,
          { ...importOptions(values), name: values.name },
          true
        )
        out.event({
          event: 'done',
          datasetId: dataset.datasetId,
          name: dataset.name,
          kind: dataset.kind === 'generated' ? 'csv' : dataset.kind,
          rows: dataset.rows,
          features: dataset.features,
          classes: dataset.classes,
          targets: dataset.targets,
          inputShape: dataset.inputShape,
          skipped: dataset.skipped.map(({ problem: _problem, ...item }) => item),
          notes: importNotes(dataset),
          reused
        })
        printImported(out, dataset, reused)
      })
    }
  )
}

/**
 * Every note the import printed: what it did (columns left out with the reason, images resized,
 * rows left out) and what it noticed in the data. `--json`'s done line carries the same list.
 */
function importNotes(dataset: DatasetSummary): string[] {
  const notes = dataset.notes.map(textOf)
  const { duplicateRows, constantFeatures } = dataset.audit
  if (duplicateRows > 0)
    notes.push(
      duplicateRows === 1
        ? '1 row repeats an earlier row'
        : `${duplicateRows} rows repeat earlier rows`
    )
  if (constantFeatures.length > 0) {
    notes.push(
      `constant features (no information): ${constantFeatures.slice(0, 10).join(', ')}${constantFeatures.length > 10 ? ', …' : ''}`
    )
  }
  return notes
}

/** The human summary of an imported dataset. */
function printImported(out: Output, dataset: DatasetSummary, reused: boolean): void {
  out.text(
    `${reused ? 'Already imported as' : 'Imported'} ${dataset.datasetId} "${dataset.name}" (${dataset.kind}): ${dataset.rows} rows, ${dataset.features} features, input shape [${dataset.inputShape.join(', ')}]`
  )
  if (dataset.classes && dataset.classCounts) {
    out.text(
      `${dataset.classes.length} classes: ${dataset.classes.map((name, k) => `${name} ${dataset.classCounts![k]}`).join(', ')}`
    )
  }
  if (dataset.targets) out.text(`regression targets: ${dataset.targets.join(', ')}`)
  for (const note of importNotes(dataset)) out.text(`note: ${note}`)
  for (const group of groupSkipped(dataset.skipped)) {
    const noun = dataset.kind === 'csv' ? 'row' : 'file'
    out.text(
      `left out ${group.count} ${noun}${group.count === 1 ? '' : 's'} ${SKIPPED_KIND_WORDS[group.kind]}:`
    )
    out.text(
      table(
        group.shown.map((item) => [
          `  ${item.file}${item.line ? `:${item.line}` : ''}`,
          item.reason
        ])
      )
    )
    if (group.count > group.shown.length)
      out.text(`  … and ${group.count - group.shown.length} more (all of them in --json)`)
  }
  out.text(`train on it with: backprop-lab train ${dataset.datasetId}`)
}
