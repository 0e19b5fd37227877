import type { DatasetSummary } from '@shared/model/dataset'
import type { ActivationName, LossName } from '@shared/model/network'
import { designOutput, type OutputDesign } from '@shared/model/network-design'

/** What `auto` resolves to for a dataset, in the words the output menu uses. */
export type AutoOutput =
  | { kind: 'unknown' }
  | { kind: 'sigmoid'; positive: string }
  | { kind: 'softmax'; classes: number }
  | { kind: 'linear'; targets: number }

/** The output `auto` picks for the data: one sigmoid unit, softmax over the classes, or linear. */
export function describeAutoOutput(
  dataset: Pick<DatasetSummary, 'classes' | 'targets'> | null
): AutoOutput {
  if (!dataset) return { kind: 'unknown' }
  const design = designOutput(dataset, 'auto', 'auto')
  if (design.activation === 'sigmoid')
    return { kind: 'sigmoid', positive: dataset.classes?.at(-1) ?? '' }
  if (design.activation === 'softmax') return { kind: 'softmax', classes: design.units }
  return { kind: 'linear', targets: design.units }
}

/** Why an output/loss pair cannot train, as data the screen can put into words. */
export type DesignProblem =
  | { kind: 'softmax-units'; units: number }
  | { kind: 'loss-needs-probabilities'; loss: LossName; activation: ActivationName }

/**
 * The kind of problem behind `outputProblem`'s message (shared/model/network-design.ts), so the
 * screen can explain it in the user's language. Call it only when that message is not null.
 */
export function classifyProblem(design: OutputDesign): DesignProblem {
  if (design.activation === 'softmax' && design.units < 2)
    return { kind: 'softmax-units', units: design.units }
  return { kind: 'loss-needs-probabilities', loss: design.loss, activation: design.activation }
}
