/** Experiments screen: through time: a run’s stored epochs and continuing from one. */
export default {
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
  }
}
