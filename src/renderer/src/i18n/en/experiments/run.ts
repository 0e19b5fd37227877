/** Experiments screen: one run’s page: its header and actions, how it stopped, its curves, results and notes. */
export default {
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
  curves: {
    loss: 'Loss',
    accuracy: 'Accuracy',
    logScale: 'Log scale',
    noEpochs: 'No epoch finished in this run, so it has no curves.'
  },
  evaluation: {
    title: 'Results',
    speed: 'Trained for {time} · batches at {rate} samples/s',
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
  }
}
