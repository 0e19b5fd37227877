/** Texts of the Inspect screen. */
export default {
  title: 'Inspect',
  nothing:
    'Nothing to inspect yet: train a network on the Training screen, or pick a stored run above.',
  aboutRun: 'Network {architecture}, {epochs} epochs so far.',
  aboutPreset:
    "The textbook's 2-2-2 network with its published weights (no run yet): step through one update on its sample with the real numbers.",
  live: 'Training: updates live',
  atEpoch: 'Epoch {epoch}',
  atEpochHint:
    'Every panel shows the weights stored at epoch {epoch}; a step is taken with that epoch’s learning rate.',
  showLatest: 'Show the latest epoch',
  awaitingWeights:
    'This run has just started. Its weights can be inspected once its first epoch ends.',
  openFromTraining: 'Open in Inspect',
  loading: 'Loading…',
  source: {
    label: 'Model',
    training: "Training screen's run ({name})",
    noTraining: 'Training screen: no run yet',
    preset: 'Textbook worked example (preset weights)',
    runs: 'Stored runs',
    run: '{name} · {architecture} · {status}'
  },
  tabs: {
    label: 'Inspect panels',
    needsRun: 'Needs a trained run (a preset has no training history)',
    weights: 'Weights',
    activations: 'Activations',
    gradients: 'Gradients',
    step: 'Step-through backprop',
    gradcheck: 'Gradient check',
    confusion: 'Confusion matrix'
  },
  parts: { train: 'training', validation: 'validation', test: 'test' },
  errors: {
    needsRun: 'This needs a trained run; the textbook preset has no training history.',
    nothing: 'Choose a model to inspect first.',
    presetNeedsData:
      "The preset's samples come from the dataset in use: load the textbook example on the Data screen.",
    noRow: 'The dataset has no row {row}.'
  },
  layer: {
    label: 'Layer',
    option: 'Layer {layer}: {inputs} → {units}'
  },
  scale: {
    label: 'Colour scale: blue −{limit}, white 0, red +{limit}'
  },
  sample: {
    label: 'Sample',
    row: 'Row',
    of: 'of {rows}',
    previous: 'Previous sample',
    next: 'Next sample',
    origin: 'From',
    part: 'Part',
    actual: 'Actual',
    predicted: 'Predicted',
    epoch: 'Weights of epoch',
    imageLabel: 'The sample image {origin}',
    feature: 'Feature',
    raw: 'As stored',
    input: 'Input a(0)',
    moreFeatures: '… and {count} more features',
    probabilityOf: 'P({name})'
  },
  weights: {
    epoch: 'Weights after epoch {epoch}',
    matrixTitle: 'Weights W({layer})',
    matrixHint:
      '{rows} rows (one per neuron) × {cols} columns (one per input). Blue is negative, red positive; point at a cell for its value.',
    matrixLabel: 'Heatmap of W({layer}), {rows} by {cols}',
    weightCell: 'W({layer})[{row}][{column}] = {value}',
    biasTitle: 'Biases b({layer})',
    biasLabel: 'The {count} biases of layer {layer}',
    biasCell: 'b({layer}) of neuron {unit} = {value}',
    picturesTitle: "Each neuron's incoming weights as a picture",
    picturesHint:
      'Row j of W(1) drawn in the shape of the input image: red pixels push the neuron up, blue ones down.',
    templatesTitle: 'Class templates',
    templatesHint:
      'With no hidden layer each output unit scores the image directly: its weights are a template of its class (for one sigmoid unit, of the positive class).',
    picturesLabel: '{count} weight pictures of {height} by {width}',
    pictureHint: 'Point at a picture to see whose it is',
    pictureOf: 'Neuron {unit}',
    templateOf: 'Template of {name}',
    pictureScale: 'scale ±{limit}',
    histogramTitle: 'Histogram of the weights',
    histogramNow: 'W({layer}) now',
    histogramAt: 'W({layer}) after epoch {epoch}',
    epochSlider: 'Epoch',
    stripTitle: 'Through training',
    stripLabel: 'Weight histograms of {epochs} epochs side by side',
    stripHint: 'One column per epoch; darker where more weights lie. Click to pick an epoch.',
    stripEpoch: 'Epoch {epoch}'
  },
  activations: {
    inputs: 'Inputs',
    outputs: 'Outputs',
    layers: 'Every layer',
    layersHint:
      'z = W a + b before the activation, a = f(z) after it. Wide layers are drawn as strips: point at one for its value.',
    layerTitle:
      'Layer {layer}: {units} neuron, {activation} | Layer {layer}: {units} neurons, {activation}',
    unit: 'Neuron',
    stripLabel: '{symbol}({layer}) of every neuron',
    cell: '{symbol}({layer}) of neuron {unit} = {value}'
  },
  gradients: {
    normsTitle: 'Gradient norm per layer',
    normsHint:
      'The size of each layer’s gradient ‖∂J/∂W‖ averaged over each epoch, on a log scale: lines far below the others are vanishing gradients, lines climbing steeply are exploding ones.',
    noNorms: 'This run recorded no gradient norms (it was trained before they were kept).',
    layerSeries: 'Layer {layer}',
    epoch: 'Epoch',
    epochTitle: 'Epoch {epoch}',
    norm: 'Gradient norm ‖∂J/∂W‖',
    chartLabel: 'Gradient norms of {layers} layers per epoch, on a log scale',
    batchTitle: 'Gradient of every weight of layer {layer} on one batch',
    batch: 'Batch',
    batches: {
      first: 'the first training batch',
      sample: 'the sample followed (row {row})'
    },
    batchFacts:
      '{rows} row at the weights of epoch {epoch}: J = {loss}, ‖∂J/∂W‖ = {weightNorm}, ‖∂J/∂b‖ = {biasNorm}. | {rows} rows at the weights of epoch {epoch}: J = {loss}, ‖∂J/∂W‖ = {weightNorm}, ‖∂J/∂b‖ = {biasNorm}.',
    truncated: 'The batch was cut to its first 1,024 rows.',
    batchLabel: 'Heatmap of ∂J/∂W({layer}) on one batch',
    cell: '∂J/∂W({layer})[{row}][{column}] = {value}',
    recompute: 'Recompute at the current weights'
  },
  step: {
    controls: 'Steps',
    previous: 'Previous',
    next: 'Next',
    position: 'Step {number} of {count}',
    goTo: 'Step {number}: {title}',
    settings: 'One plain gradient-descent step: η = {eta}, λ = {lambda}, weights of epoch {epoch}',
    settingsModel:
      "One plain gradient-descent step: η = {eta}, λ = {lambda}, the model file's own weights",
    retrace: 'Trace again at the current weights',
    follow: 'Follow in layer {layer}:',
    neuron: 'neuron {unit}',
    frozen: 'frozen: not updated',
    titles: {
      forward: 'Forward through layer {layer}',
      loss: 'The loss',
      backward: 'Backward through layer {layer}',
      update: 'The update'
    },
    explain: {
      forward:
        'Each neuron of layer {layer} adds up its weighted inputs and its bias (z), then applies its activation (a).',
      loss: 'The outputs are compared with the targets: each output adds its share to the cost J.',
      backward:
        'How much J changes with each z of layer {layer} (δ), and from it with each weight and bias of the layer.',
      update: 'Every trainable weight and bias takes a step of size η against its gradient.'
    },
    groups: {
      unit: 'Neuron {unit} of layer {layer}',
      outputs: 'Each output’s share of the loss',
      cost: 'The cost',
      layer: 'Layer {layer}'
    },
    notes: {
      termsSkipped:
        'The sums run over all {count} inputs; shown are the terms that add the most, largest first, and … stands for the rest.',
      zeroTerms: 'Outputs whose target is 0 add nothing to the cross-entropy and are left out.',
      l1Cost:
        'J includes the L1 term λ₁·Σ|W| with λ₁ = {lambda}; its gradient is λ₁·sign(W), 0 where W = 0.',
      l2Cost: 'J includes the L2 term (λ/2)·Σ‖W‖² with λ = {lambda} (the last term above).',
      largestGradients:
        'The {shown} weights with the largest gradients of the {count} into this neuron.',
      frozenGradients:
        'Some parameters here are frozen: their gradient is computed but the update leaves them as they are.',
      plainStep:
        'The step-through shows plain gradient descent (W ← W − η ∂J/∂W) on this one sample, whatever optimizer the run trains with.'
    },
    textbook: {
      title: 'The textbook’s worked example',
      about:
        'Matt Mazur, “A Step by Step Backpropagation Example” (2015): the numbers it prints, as this lab’s engine computes them, its names (orange) beside the lab’s symbols.',
      numbers: 'The printed numbers'
    }
  },
  gradcheck: {
    intro:
      "Checks backprop: each gradient b is compared with the central difference n = (J(θ + ε) − J(θ − ε)) / 2ε on a small batch (8 validation rows). A parameter passes when {'|'}b − n{'|'} ≤ atol + rtol · max({'|'}b{'|'}, {'|'}n{'|'}). atol is the rounding of J divided by 2ε, so a gradient of 1e-9 is not failed for noise; rtol is 1e-6 for Float64 backprop and 1e-3 for Float32. A parameter whose ±ε moves a ReLU unit across 0 (a kink) is counted, not judged.",
    precision: 'Backprop in',
    precisions: {
      model: "the model's own precision",
      f64: 'Float64'
    },
    precisionNames: { f32: 'Float32', f64: 'Float64' },
    break: {
      label: 'Break backprop on purpose',
      off: 'no (the real backprop)',
      flip: "flip the sign of one layer's bias gradient",
      dropL2: 'leave out the L2 term'
    },
    broken: {
      title: 'Broken on purpose, in this check only.',
      flipped:
        "One layer's bias gradient has its sign flipped (the model and training are untouched). Which layer? Find it in the table.",
      flippedLayer:
        "Layer {layer}'s bias gradient has its sign flipped (the model and training are untouched).",
      invisible:
        'Yet every layer stayed green: the broken gradients are all within the tolerance here. A check sees only errors larger than it allows.',
      reveal: 'Show which layer',
      dropL2:
        'Backprop leaves out the L2 term λW (λ = {lambda}) from every weight gradient; the central differences keep it (the model and training are untouched).',
      noL2: 'This model was trained with λ = 0: there is no L2 term to leave out, so backprop is not broken. Train with L2 above 0 to see this one.'
    },
    run: 'Run gradient check',
    running: 'Checking…',
    rule: "{'|'}b − n{'|'} ≤ {absolute} + {relative} · max({'|'}b{'|'}, {'|'}n{'|'})",
    passed:
      'Backprop agrees: every parameter is within {rule} ({precision}), on {rows} rows with ε = {epsilon}.',
    failed:
      'Backprop disagrees: a parameter is outside {rule} ({precision}), on {rows} rows with ε = {epsilon}.',
    layer: 'Layer',
    worst: 'Closest to failing',
    worstWeight: 'W({layer})[{row}][{column}]',
    worstBias: 'b({layer}) of neuron {unit}',
    backprop: 'Backprop b',
    numeric: 'Central difference n',
    difference: "{'|'}b − n{'|'}",
    tolerance: 'Allowed',
    error: 'Largest relative error',
    kinks: 'Kinks',
    checked: 'Compared',
    checkedOf: '{checked} of {total}',
    columns:
      "Each row shows the parameter of its layer that came closest to its allowed difference, with its absolute values. The largest relative error {'|'}b − n{'|'} / max({'|'}b{'|'}, {'|'}n{'|'}, {floor}) divides by at least {floor}, so that two near-zeros are not compared digit by digit; it can still be large for tiny gradients without anything being wrong.",
    kinkNote:
      'One parameter moved a ReLU unit across 0 within ±ε: there the central difference averages the slopes on both sides of the kink, so it was counted and not judged. | {count} parameters moved a ReLU unit across 0 within ±ε: there the central difference averages the slopes on both sides of the kink, so they were counted and not judged.'
  },
  confusion: {
    part: 'Rows',
    corner: 'actual ↓ predicted →',
    facts: '{total} rows, accuracy {accuracy}, weights of epoch {epoch}',
    hint: 'Click a cell to see its samples.',
    none: 'No confusion matrix: this run is a regression, or this part of the split is empty.',
    cell: '{count} row of {actual} predicted as {predicted} | {count} rows of {actual} predicted as {predicted}',
    cellTitle:
      '{actual} predicted as {predicted}: {count} row | {actual} predicted as {predicted}: {count} rows',
    openActivations: 'Activations',
    openStep: 'Step through',
    page: '{from}–{to} of {total}'
  },
  diagnostics: {
    title: 'Diagnostics',
    checked: 'The model of epoch {epoch}, probed on {rows} rows.',
    none: 'Nothing unusual: no dead or saturated units, gradients in range, the loss not rising.',
    severity: { warning: 'warning', problem: 'problem' },
    names: {
      deadRelu: 'Dead ReLU units',
      saturatedUnits: 'Saturated units',
      vanishingGradients: 'Vanishing gradients',
      explodingGradients: 'Exploding gradients',
      risingLoss: 'Rising loss'
    },
    kinds: {
      deadRelu:
        'Layer {layer}: {count} of {units} ReLU units ({percent}) output 0 for all {rows} probe rows, so no gradient reaches them and they have stopped learning.',
      saturatedUnits:
        'Layer {layer}: {count} of {units} units ({percent}) sit at the flat ends of their sigmoid or tanh on 95% or more of the {rows} probe rows, where f′(z) is near 0 and the gradient through them fades.',
      vanishingGradients:
        'Layer {layer}: its gradient norm {norm} is only {ratio} times the output layer’s ({outputNorm}); the gradient shrinks on its way back, so this layer barely learns.',
      explodingGradients:
        'Layer {layer}: its gradient norm grew {growth} times in {epochs} epochs, to {norm}; each step feeds the next, a smaller learning rate calms it.',
      explodingGradientsLarge:
        'Layer {layer}: its gradient norm is {norm}; a step of η times that throws the weights far away, a smaller learning rate is needed.',
      risingLoss:
        'The training loss rose over the last {epochs} epochs, from {from} to {to}: the learning rate {learningRate} is too large (this optimizer’s default is {defaultLearningRate}).'
    }
  }
}
