/** Experiments screen: experiment files (.bplab) and a teacher’s task. */
export default {
  file: {
    willSave:
      'Saves {runs} with its data, settings, curves and checkpoints in one .bplab file. | Saves {runs} with their data, settings, curves and checkpoints in one .bplab file.',
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
