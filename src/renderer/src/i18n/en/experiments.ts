/** Texts of the Experiments screen. */
export default {
  title: 'Experiments',
  intro:
    'Every training run, newest first. Open one to see its curves, settings and results again.',
  status: {
    running: 'running',
    completed: 'completed',
    stopped: 'stopped',
    interrupted: 'interrupted',
    failed: 'failed'
  },
  filter: {
    label: 'Filter runs',
    status: 'Status',
    dataset: 'Dataset',
    allStatuses: 'All statuses',
    allDatasets: 'All datasets',
    search: 'Search',
    searchPlaceholder: 'Name, architecture, tag, note…',
    shown: '{shown} of {total} runs'
  },
  list: {
    label: 'Runs',
    empty: 'No runs yet. Train a network on the Training screen and it will appear here.',
    noMatch: 'No run matches this filter.',
    clearFilter: 'Clear filter',
    columns: {
      name: 'Run',
      status: 'Status',
      dataset: 'Dataset',
      architecture: 'Architecture',
      epochs: 'Epochs',
      trainLoss: 'Train loss',
      valLoss: 'Val. loss',
      trainAccuracy: 'Train acc.',
      valAccuracy: 'Val. acc.',
      time: 'Time',
      started: 'Started'
    },
    epochsOf: '{done} / {planned}',
    open: 'Open run {name}',
    deletedDataset: 'deleted dataset'
  },
  duration: {
    seconds: '{seconds} s',
    minutes: '{minutes} min {seconds} s',
    hours: '{hours} h {minutes} min'
  },
  none: '—',
  run: {
    label: 'Run {name}',
    close: 'Close',
    rename: 'Rename',
    renameLabel: 'Run name',
    save: 'Save',
    cancel: 'Cancel',
    summary: '{dataset} · {architecture} · started {started}',
    showOnTraining: 'Show on the Training screen',
    watchOnTraining: 'Watch on the Training screen',
    continue: 'Continue training',
    continueHint: 'Continues from the last saved epoch.',
    delete: 'Delete',
    confirmDelete: 'Delete run “{name}” with its curves and weights? This cannot be undone.',
    confirmDeleteButton: 'Delete run',
    deleted: 'Run “{name}” deleted.',
    liveElsewhere:
      'Another run is training; stop it first to show this one on the Training screen.',
    loading: 'Opening the run…',
    pick: 'Open a run from the list to see its curves, settings and results.',
    error: {
      failed: 'This run failed',
      interrupted: 'This run was interrupted'
    }
  },
  curves: {
    loss: 'Loss',
    accuracy: 'Accuracy',
    logScale: 'Log scale',
    noEpochs: 'No epoch finished in this run, so it has no curves.'
  },
  compare: {
    label: 'Compare with',
    placeholder: 'Add another run…',
    option: '{name} ({architecture})',
    remove: 'Stop comparing {name}',
    hint: 'Dashed lines: their validation curves.'
  },
  config: {
    title: 'Settings',
    field: 'Setting',
    value: 'Value',
    fields: {
      hidden: 'Hidden layers',
      activation: 'Hidden activation',
      hiddenActivations: 'Activation per hidden layer',
      output: 'Output',
      loss: 'Loss',
      optimizer: 'Optimizer',
      learningRate: 'Learning rate',
      momentum: 'Momentum',
      l2: 'L2 strength',
      batchSize: 'Batch size',
      epochs: 'Epochs planned',
      seed: 'Seed',
      init: 'Initializer',
      initModel: 'Started from model',
      precision: 'Precision',
      split: 'Split (train, validation, test)',
      normalize: 'Normalization',
      shuffle: 'Shuffle every epoch',
      name: 'Name given',
      runSeed: 'Seed used',
      dataHash: 'Data hash (SHA-256)',
      engineVersion: 'Engine version',
      preprocessing: 'Preprocessing applied',
      runId: 'Run id'
    },
    noHidden: 'none',
    fullBatch: 'full batch',
    yes: 'yes',
    no: 'no'
  },
  network: {
    title: 'Network',
    layer: 'Layer',
    units: 'Units',
    activation: 'Activation',
    parameters: 'Parameters',
    trainable: 'Trains',
    input: 'Input',
    hidden: 'Hidden {index}',
    output: 'Output',
    features: '{count} features',
    frozen: 'frozen',
    weightsOnly: 'weights only',
    biasesOnly: 'biases only',
    all: 'all',
    loss: 'Loss: {loss}',
    total: 'Total: {count} parameters'
  },
  evaluation: {
    title: 'Final evaluation',
    part: 'Part',
    loss: 'Loss',
    accuracy: 'Accuracy',
    parts: { train: 'Training', validation: 'Validation', test: 'Test' },
    speed: 'Trained in {time} at {rate} samples/s',
    pending: 'The final evaluation is stored when the run ends.',
    missing: 'This run ended without a final evaluation.',
    lastEpoch: 'The numbers below are from epoch {epoch}, the last one it finished.',
    confusion: 'Validation confusion matrix',
    confusionTrain: 'Training confusion matrix'
  },
  notes: {
    title: 'Notes and tags',
    notes: 'Notes',
    notesPlaceholder: 'What did you try, what did you learn?',
    tags: 'Tags',
    addTag: 'Add tag',
    tagPlaceholder: 'new tag',
    removeTag: 'Remove tag {tag}',
    save: 'Save notes',
    saved: 'Notes saved.'
  }
}
