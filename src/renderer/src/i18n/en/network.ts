import type { ActivationName, LossName } from '@shared/model/network'

/** Texts of the Network screen. */
export default {
  title: 'Network',
  parameterTotal: '{count} parameter | {count} parameters',
  noHiddenLayer: 'No hidden layer',
  noData: {
    title: 'No data yet',
    text: 'The input and output layers come from your data. Choose a dataset; the hidden layers you design here are kept.',
    action: 'Choose data'
  },
  classic: {
    logistic: {
      name: 'Logistic regression',
      text: 'No hidden layer: one sigmoid unit on a weighted sum of the inputs, trained with binary cross-entropy. It can only draw a straight boundary; add a hidden layer to learn curved ones.'
    },
    softmax: {
      name: 'Softmax regression',
      text: 'No hidden layer: one weighted sum of the inputs per class, turned into probabilities by a softmax and trained with cross-entropy (multinomial logistic regression). Its boundaries are straight.'
    },
    linear: {
      name: 'Linear regression',
      text: 'No hidden layer: each output is a weighted sum of the inputs plus a bias, fitted by least squares (half squared error).'
    }
  },
  preset: {
    title: 'Starting from the textbook’s weights',
    text: 'This network starts from the worked example’s published weights and biases, with the biases frozen, so one training step reproduces the textbook’s numbers.',
    drop: 'Editing the design drops these weights: the network then starts from a fresh random initialization.',
    frozen: 'frozen'
  },
  problem: {
    title: 'This design cannot train',
    softmaxUnits: 'A softmax output needs at least two units, but this data gives it {units}.',
    lossNeedsProbabilities:
      'The {loss} loss needs outputs between 0 and 1 (a sigmoid or softmax output), but the output layer is {activation}.',
    crossEntropySingleUnit:
      'Cross-entropy over a single sigmoid unit only rewards the positive class: use binary cross-entropy, or softmax over both classes.',
    blocking: 'The Training screen will not start until this is fixed.',
    fix: 'Use auto output and loss'
  },
  quickStarts: {
    title: 'Quick starts',
    none: { name: 'No hidden layer', text: 'the classic linear model' },
    oneHidden: { name: 'One hidden layer', text: '16 ReLU units' },
    twoTanh: { name: 'Two small layers', text: '8 + 8 tanh, for 2-D sets' },
    wide: { name: 'Wide', text: '128 + 64 ReLU, for images' },
    deepNarrow: { name: 'Deep and narrow', text: '5 × 8 tanh' },
    reset: 'Reset to default',
    resetHint: 'One hidden layer of 32 ReLU units, output and loss chosen from the data'
  },
  layers: {
    title: 'Layers',
    input: 'Input',
    inputFeatures: '{count} feature from the data | {count} features from the data',
    inputImage: '{height}×{width}×{channels} image · {count} inputs',
    hidden: 'Hidden {index}',
    units: 'Units',
    unitsHint: 'A whole number from {min} to {max}',
    unitsKept:
      '“{typed}” is not a whole number from {min} to {max}: the layer keeps {units} units.',
    activation: 'Activation',
    addBefore: '+ before',
    addBeforeLabel: 'Add a layer before hidden layer {index}',
    addAfter: '+ after',
    addAfterLabel: 'Add a layer after hidden layer {index}',
    remove: 'Remove',
    removeLabel: 'Remove hidden layer {index}',
    addFirst: 'Add a hidden layer',
    none: 'No hidden layer: the inputs feed the output directly.',
    limit: 'At most {max} hidden layers.',
    output: 'Output',
    outputUnits: '{count} unit | {count} units',
    outputActivation: 'Output activation',
    loss: 'Loss'
  },
  output: {
    autoSigmoid: 'auto (one sigmoid unit: P({positive}))',
    autoSoftmax: 'auto (softmax over {classes} classes)',
    autoLinear: 'auto (linear, {count} target) | auto (linear, {count} targets)',
    autoUnknown: 'auto (chosen from the data)',
    sigmoid: 'sigmoid',
    softmax: 'softmax',
    linear: 'linear (identity)'
  },
  loss: {
    auto: 'auto ({loss})',
    autoUnknown: 'auto (chosen from the output)'
  },
  losses: {
    'cross-entropy': 'cross-entropy',
    'binary-cross-entropy': 'binary cross-entropy',
    'half-squared-error': 'half squared error'
  } satisfies Record<LossName, string>,
  activations: {
    sigmoid: 'sigmoid',
    tanh: 'tanh',
    relu: 'ReLU',
    'leaky-relu': 'leaky ReLU',
    gelu: 'GELU',
    silu: 'SiLU (swish)',
    linear: 'linear',
    softmax: 'softmax'
  } satisfies Record<ActivationName, string>,
  parameters: {
    title: 'Parameters',
    layer: 'Layer',
    weights: 'Weights W',
    biases: 'Biases b',
    total: 'Total',
    all: 'All layers',
    layerName: 'Layer {layer} ({units} unit) | Layer {layer} ({units} units)',
    shape: '{rows} × {columns} = {count}'
  },
  equations: {
    title: 'Equations',
    intro: 'For one sample as a column vector; f acts on each unit.',
    input: 'Input',
    hidden:
      'Layer {layer} · hidden, {units} {activation} unit | Layer {layer} · hidden, {units} {activation} units',
    output:
      'Layer {layer} · output, {units} {activation} unit | Layer {layer} · output, {units} {activation} units',
    where: 'where',
    loss: 'Loss: {loss}',
    lossIntro: 'Cost J over a batch of m samples.',
    targets: {
      binary: 'yᵢ is 1 for class “{positive}” and 0 otherwise.',
      oneHot: 'yᵢ is one-hot: 1 for the sample’s class, 0 for the others.',
      values: 'yᵢ holds the sample’s target values.'
    },
    l2: 'L2 regularization (set on the Training screen) adds (λ/2) Σ‖W‖² over the weights, never the biases.'
  },
  diagram: {
    input: 'Input',
    output: 'Output',
    hidden: 'Hidden {index}',
    inputCount: '{count} input | {count} inputs',
    unitCount: '{count} unit | {count} units',
    imageShape: '{height}×{width}×{channels} image',
    weights: '{count} weight | {count} weights',
    more: '+{count} more',
    neuron: '{layer}, neuron {unit}',
    probabilityOf: 'P({name})',
    summary: 'Network diagram, layer widths {architecture}'
  }
}
