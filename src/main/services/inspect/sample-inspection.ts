import type {
  ClassRef,
  SampleInspection,
  SampleLayer,
  SplitPart
} from '../../../shared/model/inspect'
import type { ModelFile } from '../../../shared/model/model-file'
import { userError } from '../../../shared/errors'
import { classOfRow, createWorkspace, forward, type Matrix, type Network } from '../../engine'
import { imageShape } from './inspect-values'
import { modelInputValues } from '../../engine/preprocess'
import { rawInputSize } from '../../../shared/model/input-features'
import type { InspectedModel, InspectedRun } from './model-source'
import type { RunRows } from './run-rows'

/** z(l) and a(l) of every layer for a one-row input, from the engine's forward pass. */
export function sampleLayers(network: Network, input: Matrix): SampleLayer[] {
  const workspace = createWorkspace(network, 1)
  forward(network, input, workspace)
  return network.layers.map((layer, l) => ({
    layer: l + 1,
    activation: layer.activation,
    z: Array.from(workspace.z[l].data),
    a: Array.from(workspace.a[l].data)
  }))
}

/** What is known about the sample besides its numbers: its row, part, class and targets. */
export interface SampleFacts {
  epoch: number | null
  row: number | null
  origin: string | null
  part: SplitPart | null
  rawInputs: number[]
  inputShape: readonly number[] | undefined
  /** Class names in label order (the model's, else the dataset's), or null for regression. */
  classes: string[] | null
  label: number | null
  targets: number[] | null
}

/**
 * One sample through the model (Float64): every layer's z and a, the outputs, and for a classifier
 * the class they pick by the engine's rule (the largest unit; one sigmoid unit says 1 from 0.5 up).
 */
export function sampleInspection(
  network: Network,
  model: ModelFile,
  input: Matrix,
  facts: SampleFacts
): SampleInspection {
  const layers = sampleLayers(network, input)
  const outputs = layers[layers.length - 1].a
  const output = model.layers[model.layers.length - 1]
  // The rule `predict` follows: named classes, a softmax, or one sigmoid unit with a cross-entropy.
  const classifier =
    facts.classes !== null ||
    output.activation === 'softmax' ||
    (output.activation === 'sigmoid' && output.units === 1 && model.loss !== 'half-squared-error')
  const classRef = (index: number): ClassRef => ({
    index,
    name: facts.classes?.[index] ?? String(index)
  })
  return {
    epoch: facts.epoch,
    row: facts.row,
    origin: facts.origin,
    part: facts.part,
    rawInputs: facts.rawInputs,
    inputs: Array.from(input.data),
    inputImage: imageShape(facts.inputShape),
    layers,
    outputs,
    classes: facts.classes,
    predicted: classifier
      ? classRef(classOfRow(Float64Array.from(outputs), 0, outputs.length))
      : null,
    actual: facts.label === null ? null : classRef(facts.label),
    targets: facts.targets
  }
}

/** A dataset row of the run's dataset through its model: its stored values, preprocessed as in training. */
export function sampleFromRow(
  network: Network,
  inspected: InspectedRun,
  rows: RunRows,
  row: number
): SampleInspection {
  rows.checkRow(row, 'row')
  const { model, epoch } = inspected
  const outputUnits = model.layers[model.layers.length - 1].units
  return sampleInspection(network, model, rows.inputMatrix(network.kernels, [row], model), {
    epoch,
    row,
    origin: rows.origin(row),
    part: rows.part(row),
    rawInputs: rows.rawInput(row),
    inputShape: model.inputShape ?? rows.dataset.summary.inputShape,
    classes: rows.classification ? (model.classes ?? rows.dataset.summary.classes) : null,
    label: rows.label(row),
    targets: rows.targetRow(row, outputUnits)
  })
}

/** Raw inputs through a model, its preprocessing applied first (as `predict` does). */
export function sampleFromInputs(
  network: Network,
  inspected: InspectedModel,
  rawInputs: number[]
): SampleInspection {
  const { model, epoch } = inspected
  if (rawInputs.length !== rawInputSize(model)) {
    throw userError('inspect.inputCount', { expected: rawInputSize(model), got: rawInputs.length })
  }
  const input = network.kernels.matrix(1, model.inputSize)
  input.data.set(modelInputValues(model, rawInputs, 1))
  return sampleInspection(network, model, input, {
    epoch,
    row: null,
    origin: null,
    part: null,
    rawInputs,
    inputShape: model.inputShape,
    classes: model.classes ?? null,
    label: null,
    targets: null
  })
}
