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
    failed: 'failed',
    paused: 'paused'
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
    branchOf: 'Continued from epoch {epoch} of run {runId}',
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
    trainAgain: 'Train again with this config',
    trainAgainHint:
      'Loads its dataset, network and settings on the Training screen, ready to start.',
    trainAgainNoDataset: 'Its dataset was deleted, so it cannot be trained again.',
    trainAgainLoaded:
      'Loaded the dataset, network and settings of “{name}”. Press Start to train again.',
    trainAgainInit:
      'Its initializer, {init}, is kept for the next run (the Training screen does not show this setting).',
    loading: 'Opening the run…',
    pick: 'Open a run from the list to see its curves, settings and results.',
    error: {
      failed: 'This run failed',
      interrupted: 'This run was interrupted'
    }
  },
  stop: {
    early:
      'Stopped early after epoch {stopped}: {figure} had not improved for {patience} epochs since epoch {best} ({value}).',
    restored: 'The model has epoch {best}’s weights.',
    lastWeights: 'The model has the last epoch’s weights.',
    sentences: '{first} {second}',
    figures: {
      'val-loss': 'validation loss',
      'val-accuracy': 'validation accuracy',
      'train-loss': 'training loss',
      'train-accuracy': 'training accuracy'
    },
    atLeast: '{metric} of at least {value}',
    atMost: '{metric} of at most {value}',
    maxUnits: 'at most {units} hidden units',
    maxEpochs: 'at most {epochs} epochs',
    and: ', ',
    targetMet: 'Task target met: {goal}.',
    targetMissed: 'Task target not met ({goal}): {misses}.',
    misses: {
      figure: '{metric} was {value}',
      'no-figure': 'the run has no {metric}',
      'hidden-units': 'it has {units} hidden units',
      epochs: 'it trained {epochs} epochs'
    }
  },
  timeline: {
    confusionTitle: 'Confusion matrix at epoch {epoch}',
    confusionCaption: '{part} part, weights of epoch {epoch}',
    parts: { validation: 'Validation', train: 'Training' },
    sampleTitle: 'One sample at epoch {epoch}',
    sampleRow: 'Dataset row (0–{last})',
    sampleFacts: '{origin}: actual {actual}, predicted {predicted}',
    title: 'Through time',
    none: 'This run kept no checkpoint, so there is nothing to scrub.',
    ruleEvery:
      'Every epoch is kept: {count} checkpoints of {eachKb} kB each, within the run’s {budgetMb} MB budget.',
    ruleThinned:
      '{count} checkpoints kept: the epochs that are multiples of {stride} (what the run’s {budgetMb} MB budget holds at {eachKb} kB each), plus the last three and the best by validation loss.',
    slider: 'Epoch to show',
    epoch: 'Epoch {epoch}',
    exact: 'Exact at the stored epochs: {epochs}',
    reached: 'Train loss {loss} · validation loss {valLoss}',
    accuracy: 'validation accuracy {accuracy}',
    initial: 'The initial weights, before any training.',
    weightsLabel: 'W(1) at epoch {epoch}, {rows} by {cols}',
    drawn: 'Drawn from the weights stored at epoch {epoch}',
    branchTitle: 'Continue from epoch {epoch}',
    branchHint:
      'A new run starts from this epoch’s weights and optimizer state; it records this run as its parent. Unchanged, it repeats this run’s later epochs exactly.',
    epochs: 'Epochs in all',
    branch: 'Continue from here',
    stepThrough: 'Step through at epoch {epoch}',
    busy: 'Another run is training; stop it first.'
  },
  curves: {
    loss: 'Loss',
    accuracy: 'Accuracy',
    logScale: 'Log scale',
    noEpochs: 'No epoch finished in this run, so it has no curves.'
  },
  compare: {
    label: 'Compare with',
    placeholder: 'Pick another run…',
    option: '{name} ({runId}, {architecture})',
    select: 'Select {name} for comparison',
    selected: 'No run ticked | 1 run ticked | {count} runs ticked',
    hint: 'Tick 2 to {max} runs to compare them.',
    full: 'At most {max} runs can be compared at once.',
    compareButton: 'Compare | Compare {count} run | Compare {count} runs',
    clear: 'Clear selection',
    title: 'Comparing runs | Comparing {count} run | Comparing {count} runs',
    region: 'Comparison of runs',
    close: 'Close the comparison',
    loading: 'Reading the runs…',
    needTwo: 'Tick at least two runs in the list to compare them.',
    legend: 'Runs compared',
    open: 'Open {name} on its own',
    remove: 'Remove {name} from the comparison',
    exportCsv: 'Export CSV',
    exportHint:
      'One value per row (run, section, key, epoch, classes, value): settings, final metrics, curves and confusion matrices.',
    settings: {
      title: 'Settings',
      setting: 'Setting',
      showAll: 'Show all settings',
      differing: '{count} of {total} settings differ',
      allSame: 'Every setting is the same in these runs.'
    },
    curves: {
      title: 'Curves by epoch',
      logScale: 'Log scale for losses',
      trainLoss: 'Training loss',
      valLoss: 'Validation loss',
      trainAccuracy: 'Training accuracy',
      valAccuracy: 'Validation accuracy'
    },
    metrics: {
      title: 'Final metrics',
      metric: 'Metric',
      status: 'Status',
      epochs: 'Epochs',
      trainLoss: 'Training loss',
      valLoss: 'Validation loss',
      testLoss: 'Test loss',
      trainAccuracy: 'Training accuracy',
      valAccuracy: 'Validation accuracy',
      testAccuracy: 'Test accuracy',
      seconds: 'Training time',
      trainingSeconds: 'Time in batches',
      samplesPerSecond: 'Samples/s',
      best: 'best of the runs compared'
    },
    confusion: {
      title: 'Confusion matrices',
      caption: '{name} ({part})',
      parts: { validation: 'validation', train: 'training' },
      leftOut: 'Not shown, on other classes: {names}.',
      differentClasses:
        'These runs are on different classes, so their confusion matrices are not put side by side.',
      withoutMatrix: 'No confusion matrix (regression, or no final evaluation): {names}.'
    }
  },
  config: {
    title: 'Settings',
    field: 'Setting',
    value: 'Value',
    fields: {
      dataset: 'Dataset',
      architecture: 'Architecture',
      hidden: 'Hidden layers',
      activation: 'Hidden activation',
      hiddenActivations: 'Activation per hidden layer',
      output: 'Output',
      loss: 'Loss',
      optimizer: 'Optimizer',
      learningRate: 'Learning rate',
      lrSchedule: 'Learning-rate schedule',
      earlyStopping: 'Early stopping',
      momentum: 'Momentum',
      l1: 'L1 strength',
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
    no: 'no',
    auto: 'auto',
    inits: { xavier: 'Xavier (Glorot)', he: 'He', zeros: 'zeros', uniform: 'uniform' }
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
    title: 'Results',
    speed: 'Trained in {time} at {rate} samples/s',
    pending: 'Its test figures and confusion matrix are stored when the run ends.',
    missing: 'This run ended without a final evaluation: no test figures or confusion matrix.',
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
  },
  file: {
    willSave: 'Saves {runs} with their data, settings, curves and checkpoints in one .bplab file.',
    drop: 'A .bplab experiment file opens with its runs and data.',
    runs: 'no runs | {n} run | {n} runs',
    datasets: 'no datasets | {n} dataset | {n} datasets',
    open: 'Open experiment…',
    save: 'Save experiment as…',
    nothingToSave: 'Open a run or tick runs in the list to save them as an experiment file.',
    saving: 'Saving the experiment…',
    opening: 'Opening {file}…',
    saved: 'Saved {file}: {runs}, {datasets} ({size}).',
    opened: 'Opened {file}: {runs}, {datasets}, under new ids (nothing was replaced).',
    openedTask: 'Opened {file}: a task for you is on the Training screen.',
    refused: {
      'not-a-pack': '{file} is not a Backprop Lab experiment file.',
      newer: '{file} was made by a newer Backprop Lab; update Backprop Lab to open it.',
      damaged: '{file} is damaged or cut short; ask for a fresh copy.',
      'hash-mismatch':
        '{file} holds a dataset that does not match its recorded hash; the file was changed or damaged.'
    }
  },
  task: {
    heading: 'Task',
    target: 'Target: {goal}.',
    locked: 'Set by the teacher: {settings}.',
    lockBroken:
      "The teacher fixed {setting} for this task; set it back to the task's value to train.",
    leave: 'Leave the task',
    left: 'You left the task; your runs are ordinary runs again.',
    otherData: 'The task trains on {dataset}; choose it on the Data screen to work on the task.'
  }
}
