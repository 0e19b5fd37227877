/** Experiments screen: comparing runs side by side. */
export default {
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
  }
}
