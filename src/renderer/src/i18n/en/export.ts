/** Texts of the Export menu, the lab report and Open model… with its Predict panel. */
export default {
  menu: {
    button: 'Export',
    label: 'Export {name}',
    busy: 'Exporting…',
    noWeights: 'This run has no trained weights yet: it stopped before its first epoch ended.',
    formats: {
      onnx: { name: 'ONNX', hint: 'model.onnx for onnxruntime, Netron and most tools' },
      tfjs: { name: 'TensorFlow.js', hint: 'a layers model for the browser or Node' },
      pytorch: {
        name: 'PyTorch',
        hint: 'model.py and the weights, with train.py to go on training'
      },
      pytorchData: {
        name: 'PyTorch with training data',
        hint: "the same, plus the run's training rows (data.npz) for train.py"
      },
      numpy: { name: 'NumPy', hint: 'the forward pass in plain NumPy, with the weights as .npy' },
      json: {
        name: 'Model file (JSON)',
        hint: 'the Backprop Lab model file, for predict and Open model…'
      }
    },
    report: {
      name: 'Lab report (HTML)',
      hint: 'one page to hand in: settings, curves, results, how to reproduce'
    }
  },
  result: {
    label: 'Export result',
    wrote: 'Wrote {format} to {folder}',
    files: 'no files | one file: | {count} files:',
    download: 'Download the zip again',
    downloadHint: 'The download of {file} has started.',
    reportSaved: 'Saved the lab report as {file}.',
    readme: 'The README.md says what each file is and how to run it.',
    dismiss: 'Dismiss'
  },
  model: {
    open: 'Open model…',
    openHint:
      'Open a *.model.json file (from Export → Model file, or --save-model) to look inside and predict',
    opening: 'Opening…',
    chooseFile: 'Model file',
    dialog: 'Model {name}',
    close: 'Close',
    facts: 'What is inside',
    architecture: 'Architecture',
    inputs: 'Inputs',
    inputShape: '{size} values ({shape})',
    inputSize: '{size} values',
    loss: 'Loss',
    classes: 'Classes',
    targets: 'Targets',
    preprocessing: 'Preprocessing',
    none: 'none: raw inputs go straight to the first layer',
    standardize: "standardize: x' = (x − mean) / std per input",
    minmax: "min–max: x' = (x − min) / (max − min) per input",
    scale: "scale: x' = x · {factor}",
    layers: 'Layers',
    layer: 'layer {index}: {units} units, {activation}',
    layerFrozen: 'layer {index}: {units} units, {activation} (frozen: {parts})',
    frozenWeights: 'weights',
    frozenBiases: 'biases',
    parameters: 'Parameters'
  },
  predict: {
    title: 'Predict',
    intro:
      'Raw input rows, as for the command line: values separated by commas, rows by semicolons or new lines. The model applies its own preprocessing.',
    rowsLabel: 'Input rows',
    placeholder: 'e.g. {example}',
    run: 'Predict',
    running: 'Predicting…',
    fromData: 'Rows of {name}',
    fromRow: 'from row',
    count: 'how many',
    useRows: 'Use these rows',
    dataMismatch: 'The current dataset has {features} features; this model takes {inputs}.',
    errors: {
      empty: 'Enter at least one row.',
      notNumber: 'Row {row}, value {value}: “{text}” is not a number.',
      width: 'Row {row} has {got} values; the model takes {expected}.',
      tooMany: 'At most {max} rows at a time.'
    },
    table: 'Outputs',
    row: 'Row',
    output: 'output {index}',
    positive: 'P({name})',
    predicted: 'Predicted',
    actual: 'True'
  }
}
