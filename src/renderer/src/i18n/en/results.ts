/** Predict on a file and Evaluate (a run's page and the opened model). */
export default {
  title: 'Results on whole files',
  intro:
    'Run the model on every row of a table — CSV/TSV, Excel, JSON, JSON Lines, Parquet or NumPy arrays (named columns are matched to its inputs by name, arrays taken in order) — or measure it on labelled data.',
  predictFile: 'Predict on a file…',
  predictHint:
    'A CSV/TSV, Excel, JSON, JSON Lines, Parquet or NumPy (.npz) file whose columns name the inputs; an id column is kept',
  predicting: 'Predicting…',
  dropHint: 'or drop a file here',
  evaluateOn: 'Evaluate on',
  evaluate: 'Evaluate',
  evaluating: 'Evaluating…',
  evaluateFile: 'a labelled file…',
  chooseDataset: 'choose a dataset',
  chooseFile: 'Choose a table file (CSV/TSV, Excel, JSON, JSON Lines, Parquet, NumPy)',
  predictions: {
    caption: '{rows} predictions for {file}',
    line: 'line',
    predicted: 'predicted',
    save: 'Save as CSV',
    shown: 'showing the first {shown} of {rows}; the saved file has them all'
  },
  problems: {
    title: 'No row left out | 1 row left out | {count} rows left out',
    line: 'line {line}',
    more: '… and {count} more'
  },
  report: {
    caption: 'On {source}: {rows} rows',
    loss: 'loss',
    accuracy: 'accuracy',
    r2: 'R²',
    mae: 'mean absolute error',
    class: 'class',
    precision: 'precision',
    recall: 'recall',
    f1: 'F1',
    support: 'rows',
    target: 'target',
    confusion: 'Confusion matrix (rows: actual, columns: predicted)'
  }
}
