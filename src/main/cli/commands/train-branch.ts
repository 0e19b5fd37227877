import { BRANCH_SETTINGS, type BranchChanges } from '../../../shared/model/branch'
import { userError } from '../../../shared/errors'
import type { Lab } from '../../lab'
import type { GlobalOptions } from '../context'
import type { Output } from '../output'
import { parseRunEpoch } from '../resolve'
import { UsageError } from '../usage-error'
import { followRun } from './train'
import { givenRunConfig, type TrainOptionValues } from './train-options'

/** The option that sets each run setting, for the message naming what a branch cannot change. */
const OPTION_NAMES: Record<string, string> = {
  hidden: '--hidden',
  activation: '--activation',
  output: '--output',
  loss: '--loss',
  seed: '--seed',
  init: '--init',
  initModel: '--init-model',
  precision: '--precision',
  split: '--split',
  normalize: '--normalize',
  shuffle: '--no-shuffle'
}

/**
 * `train --from RUN[@EPOCH]`: a new run from that run's checkpoint at EPOCH (default: its last
 * stored epoch), with the changes given (`--lr`, `--optimizer`, `--l1`, `--l2`, `--batch`, `--epochs`
 * counted from the parent's start, the schedule, early stopping, `--name`). Streams like `train`.
 */
export async function trainBranch(
  lab: Lab,
  out: Output,
  from: string,
  data: string | undefined,
  values: TrainOptionValues & GlobalOptions
): Promise<void> {
  const { runId, epoch } = parseRunEpoch(from)
  const given = givenRunConfig(values)
  // commander gives `shuffle: true` unless --no-shuffle was typed
  if (given.shuffle === true) delete given.shuffle
  const fixed = Object.keys(given).filter(
    (key) => !(BRANCH_SETTINGS as readonly string[]).includes(key)
  )
  if (fixed.length)
    throw new UsageError(
      `${fixed.map((key) => OPTION_NAMES[key] ?? key).join(', ')}: a branch keeps its parent's network, data and seed; it may change --lr, the schedule, --optimizer, --momentum, --l1, --l2, --batch, --epochs, early stopping, --checkpoint-budget and --name`
    )
  const parent = lab.runs.get(runId)
  if (data !== undefined && data !== parent.datasetId)
    throw userError('branch.parentDataset', { data, datasetId: parent.datasetId })
  const run = lab.training.branch({
    runId,
    ...(epoch === null ? {} : { epoch }),
    changes: given as BranchChanges
  })
  const record = lab.runs.get(run.runId)
  const start = record.parent!.epoch
  out.note(
    `run ${run.runId}: continuing run ${runId} from epoch ${start} to ${record.config.epochs}`
  )
  const dataset = lab.datasets.summary(record.datasetId!)
  await followRun(out, run, record.config, start + 1, values.saveModel ?? null, dataset)
}
