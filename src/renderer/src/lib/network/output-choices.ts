import type { DatasetSummary } from '@shared/model/dataset'
import { designOutput } from '@shared/model/network-design'

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
