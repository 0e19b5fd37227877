/** Experiments screen: the screen’s own texts and its list of runs. */
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
  none: '—'
}
