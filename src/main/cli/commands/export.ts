import { Option, type Command } from 'commander'
import { summaryOf } from '../command-list'
import { userError } from '../../../shared/errors'
import { EXPORT_FORMATS, type ExportFormat } from '../../services/export'
import { withLab, type GlobalOptions } from '../context'
import { oneOf } from '../option-values'
import { resolveModel } from '../resolve'
import { addGlobalOptions } from './global-options'

/** `export MODEL --format onnx|tfjs|pytorch|numpy|json --out DIR [--with-data]`. */
export function exportCommand(program: Command): void {
  const command = program
    .command('export')
    .description(summaryOf('export'))
    .argument('<MODEL>', 'a model file or a run id')
    .addOption(
      new Option('--format <format>', EXPORT_FORMATS.join(', '))
        .argParser(oneOf(EXPORT_FORMATS))
        .makeOptionMandatory()
    )
    .requiredOption('--out <dir>', 'the folder to write (must be new or empty)')
    .option('--with-data', "pytorch: also write the run's training rows (data.npz) for train.py")
  addGlobalOptions(command).action(
    async (
      reference: string,
      values: GlobalOptions & { format: ExportFormat; out: string; withData?: boolean }
    ) => {
      await withLab(values, async ({ lab, out }) => {
        const source = resolveModel(lab, reference)
        if (values.withData && !source.runId) throw userError('export.dataNeedsRun', {})
        const result = await lab.runs.export(
          source,
          values.format,
          values.out,
          values.withData ?? false
        )
        out.event({
          event: 'done',
          format: result.format,
          outDir: result.outDir,
          files: result.files
        })
        out.text(`Wrote the ${result.format} export to ${result.outDir}:`)
        for (const file of result.files) out.text(`  ${file}`)
        out.text('See its README.md for how to run it.')
      })
    }
  )
}
