import { resolve } from 'node:path'
import { Option, type Command } from 'commander'
import {
  LOCKABLE_SETTINGS,
  TARGET_METRICS,
  type LockableSetting,
  type TaskDraft,
  type TaskTarget
} from '../../../shared/model/task'
import { readPack } from '../../services/experiment-files/pack-reader'
import { writePack } from '../../services/experiment-files/pack-writer'
import { PACK_EXTENSION } from '../../services/experiment-files/pack-format'
import { appPackage } from '../../app-root'
import { summaryOf } from '../command-list'
import { withLab, type GlobalOptions } from '../context'
import { oneOf, parseWhole } from '../option-values'
import { UsageError } from '../usage-error'
import { addGlobalOptions } from './global-options'
import { InvalidArgumentError } from 'commander'

interface PackOptions extends GlobalOptions {
  out: string
  task?: string
  taskZh?: string
  lock?: LockableSetting[]
  target?: { metric: TaskTarget['metric']; value: number }
  maxHiddenUnits?: number
  maxEpochs?: number
  hideRuns?: boolean
}

/** `--lock learningRate,hidden`: settings a learner may not change. */
function parseLocks(text: string): LockableSetting[] {
  return text.split(',').map((part) => oneOf(LOCKABLE_SETTINGS)(part.trim()))
}

/** `--target val-accuracy=0.9`: the figure and the value a learner's run must reach. */
function parseTarget(text: string): { metric: TaskTarget['metric']; value: number } {
  const [metric, value] = text.split('=')
  const number = Number(value)
  if (value === undefined || !Number.isFinite(number))
    throw new InvalidArgumentError(`expected METRIC=VALUE like val-accuracy=0.9, got "${text}"`)
  return { metric: oneOf(TARGET_METRICS)(metric.trim()), value: number }
}

/** `pack RUN… --out FILE.bplab` and `unpack FILE.bplab` (CONTRACTS.md section 4). */
export function packCommands(program: Command): void {
  const pack = program
    .command('pack')
    .description(summaryOf('pack'))
    .argument('<RUN...>', 'run ids')
    .requiredOption('--out <file>', `the experiment file to write (${PACK_EXTENSION})`)
    .option('--task <text>', "a teacher's task for the learner (English)")
    .option('--task-zh <text>', 'the task in Chinese')
    .option(
      '--lock <settings>',
      `settings the learner may not change: ${LOCKABLE_SETTINGS.join(', ')}`,
      parseLocks
    )
    .option(
      '--target <metric=value>',
      `what the learner's run must reach (${TARGET_METRICS.join(', ')})`,
      parseTarget
    )
    .option('--max-hidden-units <n>', 'the target allows at most this many hidden units', (text) =>
      parseWhole(text, 1)
    )
    .option('--max-epochs <n>', 'the target allows at most this many epochs', (text) =>
      parseWhole(text, 1)
    )
    .addOption(
      new Option('--hide-runs', "leave the teacher's runs out: data, settings and task only")
    )
  addGlobalOptions(pack).action(async (runIds: string[], values: PackOptions) => {
    const task = taskDraft(runIds[0], values)
    await withLab(values, async ({ lab, out }) => {
      const file = resolve(values.out)
      const controller = new AbortController()
      const cancel = () => controller.abort()
      // A Ctrl-C heard twice (interrupts.ts) aborts once.
      process.on('SIGINT', cancel)
      let shown = -1
      try {
        const summary = await writePack(lab, file, {
          runIds,
          task,
          appVersion: appPackage().version,
          signal: controller.signal,
          onProgress: (done, total) => {
            const percent = Math.floor((100 * done) / Math.max(1, total))
            if (percent >= shown + 10 && total > 50_000_000)
              out.note(`packing… ${(shown = percent)}%`)
          }
        })
        out.event({ event: 'done', ...summary })
        out.text(
          `Wrote ${summary.file}: ${summary.runs} run${summary.runs === 1 ? '' : 's'}, ${summary.experiments} experiment${summary.experiments === 1 ? '' : 's'}, ${summary.datasets} dataset${summary.datasets === 1 ? '' : 's'} (${(summary.bytes / 1e6).toFixed(1)} MB)`
        )
      } finally {
        process.off('SIGINT', cancel)
      }
    })
  })

  addGlobalOptions(
    program
      .command('unpack')
      .description(summaryOf('unpack'))
      .argument('<FILE>', 'the experiment file')
  ).action(async (file: string, values: GlobalOptions) => {
    await withLab(values, async ({ lab, out }) => {
      const summary = await readPack(lab, resolve(file))
      out.event({ event: 'done', ...summary })
      for (const dataset of summary.datasets)
        out.text(
          `dataset ${dataset.datasetId} "${dataset.name}"${dataset.reused ? ' (already in the lab)' : ''}`
        )
      for (const experiment of summary.experiments)
        out.text(`experiment ${experiment.experimentId} "${experiment.name}"`)
      for (const run of summary.runs) out.text(`run ${run.runId} "${run.name}"`)
      if (summary.task) out.text(`task: ${summary.task.text.en || summary.task.text['zh-CN']}`)
    })
  })
}

/** The task the options describe, or null without --task/--task-zh. */
function taskDraft(runId: string, values: PackOptions): TaskDraft | null {
  const text = { en: values.task ?? '', 'zh-CN': values.taskZh ?? '' }
  const given = values.task !== undefined || values.taskZh !== undefined
  const extras = [
    values.lock && '--lock',
    values.target && '--target',
    values.maxHiddenUnits !== undefined && '--max-hidden-units',
    values.maxEpochs !== undefined && '--max-epochs',
    values.hideRuns && '--hide-runs'
  ].filter(Boolean)
  if (!given) {
    if (extras.length)
      throw new UsageError(`${extras.join(', ')}: a task needs --task or --task-zh`)
    return null
  }
  const limits = values.maxHiddenUnits !== undefined || values.maxEpochs !== undefined
  if (limits && !values.target)
    throw new UsageError('--max-hidden-units and --max-epochs belong to a --target')
  return {
    runId,
    locked: values.lock ?? [],
    text,
    target: values.target
      ? {
          ...values.target,
          maxHiddenUnits: values.maxHiddenUnits ?? null,
          maxEpochs: values.maxEpochs ?? null
        }
      : null,
    hideRuns: values.hideRuns === true
  }
}
