import onnxProto from 'onnx-proto'
import type {
  OnnxAttribute,
  OnnxExpression
} from '../../../shared/model/activations/activation-record'
import { activationRecord } from '../../../shared/model/activations/catalogue'
import type { ModelFile } from '../../../shared/model/model-file'
import { INPUT_FEATURES, rawInputSize } from '../../../shared/model/input-features'
import { inverseRanges, type ExportLayer } from './export-layers'
import type { ExportFile } from './export-request'

const { onnx } = onnxProto

/** IR version 8: the newest Debian's onnx 1.12 checker accepts (onnxruntime runs it too). */
export const ONNX_IR_VERSION = 8
/** Opset 17 of the default domain, the newest that checker knows. */
export const ONNX_OPSET = 17
/** Name of the graph's input, float32 [N, inputSize]. */
export const ONNX_INPUT = 'input'
/** Name of the graph's output, float32 [N, outputs]: the output layer's activations. */
export const ONNX_OUTPUT = 'output'

const FLOAT = onnx.TensorProto.DataType.FLOAT
const INT = onnx.AttributeProto.AttributeType.INT
const FLOAT_ATTRIBUTE = onnx.AttributeProto.AttributeType.FLOAT

/**
 * The model as an ONNX graph (float32):
 *   input → [preprocessing: Sub/Div, Sub/Mul or Mul] → Gemm(W(1), b(1)) → f(1) → … → output
 * Each layer is Gemm with transB = 1, so W keeps the lab's [units × inputs] layout, followed by
 * its activation node. The preprocessing is written as explicit operations on named constants,
 * so the weights are exactly the lab's. Class names, targets, the loss and the preprocessing are
 * in `metadata_props` (JSON values).
 */
export function onnxFiles(model: ModelFile, layers: ExportLayer[], version: string): ExportFile[] {
  const graph = new GraphBuilder()
  let current = preprocessingNodes(graph, model)
  layers.forEach((layer, index) => {
    const isLast = index === layers.length - 1
    const activation = activationRecord(layer.activation).exports.onnx(layer.settings)
    const weights = graph.constant(
      `layer${layer.number}_weight`,
      [layer.units, layer.inputSize],
      layer.weights.flat()
    )
    const biases = graph.constant(`layer${layer.number}_bias`, [layer.units], layer.biases)
    const z = isLast && activation === 'z' ? ONNX_OUTPUT : `layer${layer.number}_z`
    // z(l) = a(l−1) W(l)ᵀ + b(l), one sample per row
    graph.node('Gemm', [current, weights, biases], z, [{ name: 'transB', i: 1, type: INT }])
    current = z
    if (activation !== 'z') {
      const a = isLast ? ONNX_OUTPUT : `layer${layer.number}_a`
      current = graph.expression(activation, z, a, `layer${layer.number}_f`)
    }
  })
  const outputUnits = layers[layers.length - 1].units
  const proto = onnx.ModelProto.create({
    irVersion: ONNX_IR_VERSION,
    opsetImport: [{ domain: '', version: ONNX_OPSET }],
    producerName: 'Backprop Lab',
    producerVersion: version,
    docString:
      'A feed-forward network trained in Backprop Lab. Input: raw feature rows [N, inputSize].',
    graph: onnx.GraphProto.create({
      name: 'backprop_lab_model',
      node: graph.nodes,
      initializer: graph.initializers,
      input: [tensorInfo(ONNX_INPUT, rawInputSize(model))],
      output: [tensorInfo(ONNX_OUTPUT, outputUnits)]
    }),
    metadataProps: metadata(model)
  })
  return [
    {
      name: 'model.onnx',
      contents: onnx.ModelProto.encode(proto).finish(),
      description: `the network as an ONNX model (IR ${ONNX_IR_VERSION}, opset ${ONNX_OPSET}, float32)`
    }
  ]
}

/**
 * Adds the input features' nodes (input-features.ts): x = input · [1, 0]ᵀ and y = input · [0, 1]ᵀ
 * as [N, 1] columns (MatMul, exact), each feature a column or one Mul/Sin of them, then Concat
 * along axis 1. Returns the tensor of features, or the input for a model without them.
 */
function featureNodes(graph: GraphBuilder, model: ModelFile): string {
  if (!model.inputFeatures) return ONNX_INPUT
  const columns = { x: 'feature_x', y: 'feature_y' }
  graph.node('MatMul', [ONNX_INPUT, graph.constant('select_x', [2, 1], [1, 0])], columns.x)
  graph.node('MatMul', [ONNX_INPUT, graph.constant('select_y', [2, 1], [0, 1])], columns.y)
  const features = model.inputFeatures.map((name) => {
    const onnx = INPUT_FEATURES[name].onnx
    if (typeof onnx === 'string') return columns[onnx]
    graph.node(
      onnx.op,
      onnx.inputs.map((column) => columns[column]),
      `feature_${name}`
    )
    return `feature_${name}`
  })
  graph.node('Concat', features, 'features', [{ name: 'axis', i: 1, type: INT }])
  return 'features'
}

/** Adds the preprocessing nodes and returns the name of the tensor the first layer reads. */
function preprocessingNodes(graph: GraphBuilder, model: ModelFile): string {
  const preprocessing = model.preprocessing
  const size = [model.inputSize]
  const input = featureNodes(graph, model)
  switch (preprocessing?.kind) {
    case undefined:
      return input
    case 'standardize': {
      // x' = (x − mean) / std
      const mean = graph.constant('preprocessing_mean', size, preprocessing.mean)
      const std = graph.constant('preprocessing_std', size, preprocessing.std)
      graph.node('Sub', [input, mean], 'centered')
      graph.node('Div', ['centered', std], 'preprocessed')
      return 'preprocessed'
    }
    case 'minmax': {
      // x' = (x − min) · 1/(max − min), with 0 for a constant feature
      const min = graph.constant('preprocessing_min', size, preprocessing.min)
      const inverseRange = graph.constant(
        'preprocessing_inverse_range',
        size,
        inverseRanges(preprocessing.min, preprocessing.max)
      )
      graph.node('Sub', [input, min], 'shifted')
      graph.node('Mul', ['shifted', inverseRange], 'preprocessed')
      return 'preprocessed'
    }
    case 'scale': {
      // x' = x · factor
      const factor = graph.constant('preprocessing_factor', [], [preprocessing.factor])
      graph.node('Mul', [input, factor], 'preprocessed')
      return 'preprocessed'
    }
  }
}

/** Collects nodes and float32 constants (initializers) of a graph. */
class GraphBuilder {
  readonly nodes: onnxProto.onnx.INodeProto[] = []
  readonly initializers: onnxProto.onnx.ITensorProto[] = []

  /** Adds a float32 constant and returns its name. */
  constant(name: string, dims: number[], values: readonly number[]): string {
    const rawData = new Uint8Array(Float32Array.from(values).buffer)
    this.initializers.push(onnx.TensorProto.create({ name, dims, dataType: FLOAT, rawData }))
    return name
  }

  /**
   * Adds the nodes of an activation's expression over the tensor `z` (activation-record.ts):
   * the outermost node writes `output`, inner nodes and constants are named from `prefix`.
   * Returns the name of the result.
   */
  expression(expression: OnnxExpression, z: string, output: string, prefix: string): string {
    let count = 0
    const write = (part: OnnxExpression, name: string): string => {
      if (part === 'z') return z
      if (typeof part === 'number') return this.constant(name, [], [part])
      const inputs = part.inputs.map((input) => write(input, `${prefix}_${++count}`))
      this.node(part.op, inputs, name, (part.attributes ?? []).map(onnxAttribute))
      return name
    }
    return write(expression, output)
  }

  node(
    opType: string,
    input: string[],
    output: string,
    attribute: onnxProto.onnx.IAttributeProto[] = []
  ): void {
    this.nodes.push(
      onnx.NodeProto.create({
        name: `${output}_${opType}`,
        opType,
        input,
        output: [output],
        attribute
      })
    )
  }
}

/** An activation's float or int attribute as ONNX writes it. */
function onnxAttribute(attribute: OnnxAttribute): onnxProto.onnx.IAttributeProto {
  return 'float' in attribute
    ? { name: attribute.name, f: attribute.float, type: FLOAT_ATTRIBUTE }
    : { name: attribute.name, i: attribute.int, type: INT }
}

/** A float32 [N, width] tensor type, N being the batch size chosen by the caller. */
function tensorInfo(name: string, width: number): onnxProto.onnx.IValueInfoProto {
  return onnx.ValueInfoProto.create({
    name,
    type: {
      tensorType: { elemType: FLOAT, shape: { dim: [{ dimParam: 'N' }, { dimValue: width }] } }
    }
  })
}

/** `metadata_props`: what a consumer needs to feed the model and read its outputs. */
function metadata(model: ModelFile): onnxProto.onnx.IStringStringEntryProto[] {
  const entries: Record<string, unknown> = {
    classes: model.classes ?? null,
    targets: model.targets ?? null,
    input_shape: model.inputShape ?? [rawInputSize(model)],
    input_features: model.inputFeatures ?? null,
    preprocessing: model.preprocessing ?? null,
    preprocessing_applied: model.preprocessing
      ? 'inside the graph (nodes before the first Gemm): feed raw inputs'
      : 'none: feed the inputs the model was trained on',
    loss: model.loss
  }
  return Object.entries(entries).map(([key, value]) => ({
    key,
    value: typeof value === 'string' ? value : JSON.stringify(value)
  }))
}
