import type { DatasetSummary } from '@shared/model/dataset'
import { featureInputNames, type InputFeatureName } from '@shared/model/input-features'
import type { OutputDesign } from '@shared/model/network-design'

/** What the input layer is labelled with: an image's shape, or one name per feature. */
export type InputDescription =
  | { kind: 'image'; height: number; width: number; channels: number; count: number }
  | { kind: 'features'; names: string[] }

/** The label of one output unit: a class's probability, a class score, or a target's value. */
export interface OutputLabel {
  name: string
  /** True when the unit's activation is a probability (sigmoid or softmax over classes). */
  probability: boolean
}

/** Longest label drawn in full; longer names are cut with an ellipsis (their tooltip has all). */
const LABEL_CHARACTERS = 18
/** Approximate width of one label character at the diagram's font size. */
const CHARACTER_WIDTH = 6.8
/** Room for an image's two-line caption beside the input column. */
const IMAGE_CAPTION_WIDTH = 150

/** A label cut to LABEL_CHARACTERS with an ellipsis. */
export function shortenLabel(text: string): string {
  return text.length > LABEL_CHARACTERS ? `${text.slice(0, LABEL_CHARACTERS - 1)}…` : text
}

/** Room the diagram leaves left of the inputs and right of the outputs for their labels. */
export function labelMargins(
  inputs: InputDescription,
  outputTexts: readonly string[]
): { left: number; right: number } {
  const widest = (texts: readonly string[]) =>
    Math.min(LABEL_CHARACTERS, Math.max(6, ...texts.map((text) => text.length))) * CHARACTER_WIDTH +
    36
  return {
    left: inputs.kind === 'image' ? IMAGE_CAPTION_WIDTH : widest(inputs.names),
    right: widest(outputTexts)
  }
}

/** Describes a dataset's inputs: images by their shape, tables by their column names. */
export function describeInputs(
  dataset: Pick<DatasetSummary, 'inputShape' | 'featureNames' | 'features'>,
  inputFeatures: readonly InputFeatureName[] | null = null
): InputDescription {
  // The first layer reads the chosen features of (x, y), named after the data's two columns.
  if (inputFeatures)
    return { kind: 'features', names: featureInputNames(inputFeatures, dataset.featureNames) }
  const shape = dataset.inputShape
  if (shape.length === 3) {
    const [height, width, channels] = shape
    return { kind: 'image', height, width, channels, count: dataset.features }
  }
  const names = Array.from(
    { length: dataset.features },
    (_, index) => dataset.featureNames[index] ?? `x${index + 1}`
  )
  return { kind: 'features', names }
}

/**
 * Labels the output units from the data: one unit over two classes stands for the second
 * (positive) class; otherwise each unit is a class, or a regression target.
 */
export function describeOutputs(
  dataset: Pick<DatasetSummary, 'classes' | 'targets'>,
  design: OutputDesign
): OutputLabel[] {
  const probability = design.activation === 'sigmoid' || design.activation === 'softmax'
  const classes = dataset.classes ?? []
  if (classes.length > 0) {
    if (design.units === 1) return [{ name: classes[classes.length - 1], probability }]
    return Array.from({ length: design.units }, (_, unit) => ({
      name: classes[unit] ?? `y${unit + 1}`,
      probability
    }))
  }
  const targets = dataset.targets ?? []
  return Array.from({ length: design.units }, (_, unit) => ({
    name: targets[unit] ?? `y${unit + 1}`,
    probability: false
  }))
}

/** What the targets y are, for the loss formula: 0/1 for one unit over two classes, one-hot, or values. */
export type TargetDescription =
  { kind: 'binary'; positive: string } | { kind: 'oneHot' } | { kind: 'values' }

/** Describes the targets the loss compares the outputs with. */
export function describeTargets(
  dataset: Pick<DatasetSummary, 'classes'>,
  design: OutputDesign
): TargetDescription {
  const classes = dataset.classes ?? []
  if (classes.length === 0) return { kind: 'values' }
  return design.units === 1
    ? { kind: 'binary', positive: classes[classes.length - 1] }
    : { kind: 'oneHot' }
}
