import type { Command } from 'commander'
import { summaryOf } from '../command-list'
import type { DatasetSummary } from '../../../shared/model/dataset'
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
          skipped: dataset.skipped,
          reused
        })
        printImported(out, dataset, reused)
      })
    }
  )
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
  for (const note of dataset.notes) out.text(`note: ${note}`)
  if (dataset.audit.duplicateRows > 0)
    out.text(`note: ${dataset.audit.duplicateRows} rows repeat an earlier row`)
  if (dataset.audit.constantFeatures.length > 0) {
    out.text(
      `note: constant features (no information): ${dataset.audit.constantFeatures.slice(0, 10).join(', ')}${dataset.audit.constantFeatures.length > 10 ? ', …' : ''}`
    )
  }
  if (dataset.skipped.length > 0) {
    out.text(`skipped ${dataset.skipped.length}:`)
    out.text(
      table(
        dataset.skipped
          .slice(0, 20)
          .map((item) => [`  ${item.file}${item.line ? `:${item.line}` : ''}`, item.reason])
      )
    )
    if (dataset.skipped.length > 20)
      out.text(`  … and ${dataset.skipped.length - 20} more (see --json)`)
  }
  out.text(`train on it with: backprop-lab train ${dataset.datasetId}`)
}
