import type { LAB_REFUSAL_MESSAGES } from '../../../src/shared/message-tables/lab-refusals'
import type { MessageParams } from '../../../src/shared/messages'

/** Parameters for every message of message-tables/lab-refusals.ts (walked by main-messages.test.ts). */
export const LAB_REFUSAL_SAMPLES: {
  [C in keyof typeof LAB_REFUSAL_MESSAGES]: MessageParams<C>
} = {
  'export.nonFinite': { field: 'layers[0].weights[2][3]', value: 'NaN' },
  'export.outIsFile': { folder: '/x/out' },
  'export.outNotEmpty': { folder: '/x/out' },
  'export.dataShape': { inputs: 4, targets: 1, modelInputs: 3, modelOutputs: 2 },
  'export.referenceSample': { sample: 2, expected: 4, raw: false, got: 3 },
  'export.dataNeedsRun': {},
  'pack.noRun': { runId: 'r12' },
  'pack.stillTraining': { runId: 'r12' },
  'pack.noRuns': {},
  'pack.exists': { file: '/x/lesson.bplab' },
  'pack.noFolder': { folder: '/x/missing' },
  'pack.taskNoRun': { runId: 'r12' },
  'pack.taskRunNotPacked': { runId: 'r12' },
  'pack.taskEmpty': {},
  'pack.datasetMissing': { dataset: 'd3', folder: '/x/datasets/d3' },
  'export.tfjsActivation': { field: 'layers[1]', kind: 'geluTanh' },
  'modelFile.invalid': { problem: { kind: 'factorZero' } },
  'modelFile.refused': {
    file: 'm.model.json',
    problem: { kind: 'biasesLength', field: 'layers[1]', units: 3, got: 2 }
  },
  'modelFile.notJson': { file: 'm.model.json', problem: { kind: 'at', line: 3, column: 7 } },
  'fault.machine': { file: '/x/out/model.onnx', code: 'ENOSPC' },
  'fault.chosenFolder': { folder: '/x/exports', code: 'EROFS' },
  'fault.storage': { file: '/x/lesson.bplab', fault: 'readOnly' },
  'fault.database': { file: '/x/lab.sqlite', fault: 'corrupt' },
  'fault.databaseIo': { file: '/x/lab.sqlite', code: 'SQLITE_IOERR_WRITE' },
  'fault.databaseNewer': { file: '/x/lab.sqlite', version: 9, known: 7 },
  'fault.home': { home: '/x/home', code: 'EACCES' },
  'fault.homeIsFile': { home: '/x/home/lab', file: '/x/home' },
  'fault.portInUse': { port: 5173 },
  'fault.portPrivileged': { port: 80 },
  'fault.pageMissing': { page: '/x/out/renderer/index.html', root: '/x' },
  'fault.limitValue': { env: 'BACKPROP_LAB_MAX_CSV_BYTES', text: 'lots' },
  'read.failed': { file: '/x/m.model.json', problem: { kind: 'folder', what: 'model' } },
  'imageFile.badImage': { problem: { kind: 'bmpTruncated', part: 'header' } },
  'imageFile.badPixels': { problem: { kind: 'bmpBits', bits: 2 } },
  'imageFile.unreadable': { problem: { kind: 'permission' } },
  'data.noSuchPath': { path: '/x/iris.csv' },
  'data.idxLabelsChosen': {
    file: 't10k-labels-idx1-ubyte',
    images: 't10k-images-idx3-ubyte'
  },
  'data.notTable': { dataset: 'digits' },
  'data.sourceGone': { file: '/x/iris.csv' },
  'data.tooManyLabels': { file: 'y.npy', classes: 12000, bound: '10,000' },
  'data.tooManyClasses': { file: 'x.csv', column: 'id', classes: 12000, bound: '10,000' },
  'data.noDataset': { id: 'd9' },
  'data.importRunning': { importId: 'i3' },
  'data.importCancelled': {},
  'data.brokenWorkbook': { file: 'book.xlsx' },
  'data.arrayNeedsLabels': { file: 'X.npy', candidates: ['y.npy', 'labels.npy'] },
  'data.npzNeedsLabels': { file: 'x.npz', names: ['X'] },
  'data.npzNoFeatures': { file: 'x.npz', names: ['a', 'b'] },
  'data.rowWidth': { row: 2, expected: 4, got: 3 },
  'cli.noModel': { reference: 'r99' },
  'cli.noData': { reference: 'd99' },
  'cli.rowWidth': { option: 'input', row: 2, expected: 4, got: 3 },
  'cli.rowValue': { option: 'target', row: 1, value: 2 },
  'cli.rowCounts': { inputs: 3, targets: 2 },
  'cli.noRowsToPredict': { file: 'empty.csv' }
}
