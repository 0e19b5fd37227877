/** Texts of the Training screen. */
export default {
  title: 'Training',
  noDataset: 'No dataset chosen yet: pick or import one on the Data screen.',
  datasetLine: 'Training {network} on {dataset}',
  deletedDataset: 'a deleted dataset',
  nextRunLine: 'Start trains {network} on {dataset}',
  refused: {
    noDataset: 'Choose a dataset on the Data screen first.',
    networkProblem:
      'This network cannot train on this data: {problem}. Change it on the Network screen.',
    invalidSetting: 'Correct “{field}” first: what it holds is not a valid value.'
  },
  settings: {
    heading: 'Settings',
    appliesToNext: 'Settings apply to the next run.',
    optimizer: 'Optimizer',
    optimizers: { sgd: 'SGD', momentum: 'Momentum', adam: 'Adam' },
    learningRate: 'Learning rate',
    suggested: 'Suggested for {optimizer}: {value}',
    useSuggested: 'Use {value}',
    momentum: 'Momentum μ',
    batchSize: 'Batch size',
    fullBatch: 'Full batch',
    epochs: 'Epochs',
    autoEpochs: 'Auto',
    untilStopped: 'Until I stop',
    untilStoppedHint: 'Trains until you press Stop (2-D data: watch it learn).',
    autoEpochsHint: 'Auto: {epochs} epochs for {rows} training rows',
    l1: 'L1 λ₁',
    l2: 'L2 λ',
    seed: 'Seed',
    precision: 'Precision',
    precisions: { f32: 'f32 (fast)', f64: 'f64 (exact)' },
    invalid: 'Enter a number from {min} to {max}'
  },
  inputFeatures: {
    heading: 'Input features',
    hint: 'The first layer reads the ticked features of each point (x, y). With x² and y², a network without hidden layers can separate circles.'
  },
  dataHandling: {
    heading: 'Data handling',
    summary: '{train}% train · {validation}% validation · {test}% test · {normalize}',
    summaryRows:
      '{train} train · {validation} validation · {test} test (the dataset’s own) · {normalize}',
    validation: 'Validation %',
    test: 'Test %',
    trainShare: 'Training: {percent}%',
    normalize: 'Normalize inputs',
    normalizers: {
      auto: 'Auto',
      standardize: 'Standardize (mean 0, sd 1)',
      minmax: 'Min–max to [0, 1]',
      scale: 'Scale by 1 / the largest absolute value',
      none: 'None'
    },
    shuffle: 'Reshuffle every epoch'
  },
  controls: {
    label: 'Run controls',
    start: 'Start',
    pause: 'Pause',
    resume: 'Resume',
    step: 'Step',
    stepHint: 'Train one batch',
    stop: 'Stop'
  },
  speed: {
    label: 'Speed',
    full: 'Full speed',
    paced: '{count} batch a second (slow motion) | {count} batches a second (slow motion)',
    hint: 'Slow motion trains a few batches a second and shows each one; full speed trains as fast as the engine can.'
  },
  phase: {
    idle: 'Ready',
    starting: 'Starting…',
    running: 'Training',
    paused: 'Paused',
    ended: 'Ended'
  },
  progress: {
    label: 'Training progress',
    position: 'Epoch {epoch} of {plannedEpochs} · batch {batch} of {batchesPerEpoch}',
    positionOpen: 'Epoch {epoch} · batch {batch} of {batchesPerEpoch} · until you stop',
    next: 'Next: epoch {epoch} of {plannedEpochs} · batch {batch} of {batchesPerEpoch}',
    nextOpen: 'Next: epoch {epoch} · batch {batch} of {batchesPerEpoch}',
    nextHint: 'The batch Step trains next.',
    elapsed: 'Trained for {time}',
    elapsedHint: 'Training time; pauses are not counted.',
    eta: 'about {time} left',
    rate: '{rate} samples/s (latest epochs)',
    rateHint:
      'Training speed over the latest epochs (about the last second of training); the result gives the whole run’s.',
    split: '{train} training · {validation} validation · {test} test rows',
    kernels: 'Engine: {kernels}',
    chunked: 'many batches per call into the engine, on one thread',
    chunkedHint:
      'A network this small trains fastest with many batches in one call into the engine, on one thread: handing work to a second thread would cost more than it saves. Step and slow motion still go batch by batch.'
  },
  charts: {
    loss: 'Loss',
    accuracy: 'Accuracy',
    logScale: 'Log scale',
    epoch: 'Epoch',
    tooltipTitle: 'Epoch {epoch}',
    train: 'Train',
    validation: 'Validation',
    batch: 'Batch cost',
    marked: 'Epoch shown ({epoch})',
    waiting: 'The curves appear as the first epochs finish.',
    lossAria: 'Training and validation loss per epoch',
    accuracyAria: 'Training and validation accuracy per epoch'
  },
  boundary: {
    heading: 'Decision boundary',
    epoch: 'after epoch {epoch}',
    batch: 'epoch {epoch}, after batch {batch}',
    untrained: 'Appears after the first epoch.',
    probability: 'P({positive})',
    aria: 'Decision boundary over {x} and {y}, with the data points',
    points: '{count} points shown',
    showHeldOut: 'Show held-out points ({count}, outlined in the text colour)',
    discretize: 'Discretize output'
  },
  neurons: {
    caption: 'Each neuron’s output over the same plane (hover one to see it large)',
    layer: 'Layer {layer}',
    neuron: 'Layer {layer}, neuron {unit} ({activation})',
    inputs: 'Inputs',
    weightFromInput: 'Weight from {input} to layer {layer}, neuron {unit}: {weight}',
    weightFromNeuron:
      'Weight from layer {fromLayer}, neuron {from} to layer {layer}, neuron {unit}: {weight}',
    legend:
      'A line’s thickness is its weight’s size: orange positive, blue negative. Hover a line for its exact weight, a neuron to see it large.'
  },
  surface: {
    heading: 'Predicted surface',
    aria: 'The network’s predicted value over {x} and {y}, with the data points coloured by their targets',
    scale: 'ŷ, the predicted value (points: their targets)'
  },
  split: {
    toggle: 'Split view',
    hint: 'Data, network and boundary side by side on one screen (2-D data)',
    dataLine: 'Data: {name}. Its points are drawn on the boundary.'
  },
  lent: {
    notice: 'These settings come from a lesson’s “try it”: {settings}.',
    restore: 'Use my own settings',
    restored: 'Your own training settings are back (the lesson’s run used {settings}).'
  },
  summary: {
    heading: 'Result',
    status: {
      completed: 'Completed',
      stopped: 'Stopped',
      failed: 'Failed',
      interrupted: 'Interrupted'
    },
    epochs: 'after {epochs} epochs',
    time: 'Trained for {time} · batches at {rate} samples/s (whole run)',
    confusion: 'Confusion matrix ({part})',
    openInExperiments: 'Open in Experiments'
  },
  confusion: {
    corner: 'actual ↓ predicted →',
    cell: 'Actual {actual}, predicted {predicted}: {count} ({percent}% of {actual})'
  },
  schedule: {
    heading: 'Learning-rate schedule',
    kind: 'Schedule',
    kinds: {
      constant: 'Constant',
      step: 'Step decay',
      exponential: 'Exponential decay',
      cosine: 'Cosine'
    },
    stepEpochs: 'Every (epochs)',
    gamma: 'Decay factor γ',
    minLearningRate: 'Lowest rate',
    warmup: 'Warm-up epochs',
    curveLabel: 'Learning rate by epoch: highest {peak}, last {last}, over {epochs} epochs',
    issues: {
      warmup: 'The warm-up must be shorter than the run ({epochs} epochs).',
      minRate: 'The lowest rate must be below the learning rate {rate}.'
    }
  },
  earlyStopping: {
    heading: 'Early stopping',
    on: 'on, patience {patience}',
    off: 'off',
    enable: 'Stop when validation stops improving',
    monitor: 'Watch',
    patience: 'Patience (epochs)',
    restoreBest: "End with the best epoch's weights",
    needsValidation:
      'Early stopping watches the validation part: give the split one (Data handling).'
  },
  race: {
    heading: 'Race',
    summary: '2–4 runs from the same start, side by side',
    remove: 'Remove',
    add: 'Add a run',
    start: 'Start the race ({count} runs)',
    stop: 'Stop the race',
    same: 'Every run starts from the same initial weights and sees the batches in the same order; only the optimizer and rate differ. Each is an ordinary run in Experiments.',
    curves: 'Validation loss of every run of the race, by epoch'
  }
}
