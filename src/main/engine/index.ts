/**
 * The engine's public surface: pure, synchronous TypeScript backprop. Nothing here touches
 * Node, the DOM, Electron, a database or a clock; randomness comes from a seeded Rng.
 */
export { ACTIVATIONS, sigmoid, type Activation } from './activations'
export { BatchLoader, batchFromRows, rowsOf, type Batch, type TrainingData } from './batches'
export {
  BYTE_VALUES,
  byteConversion,
  isByteRows,
  readStoredRows,
  storedRow,
  type ByteRows,
  type InputRows,
  type StoredValues
} from './data-rows'
export {
  backpropGradients,
  compareWithCentralDifferences,
  gradientCheck,
  relativeError,
  type GradientCheck,
  type LayerGradientCheck,
  type ParameterGradients,
  type ParameterSelection
} from './gradcheck'
export { INITIALIZERS } from './initializers'
export { fitPreprocessing, type NormalizationKind } from './normalization'
export { LOSSES, outputDelta, type Loss } from './losses'
export { classCount, classOfRow, countCorrect, evaluate, type Evaluation } from './metrics'
export {
  backward,
  batchCost,
  createNetwork,
  createWorkspace,
  forward,
  weightPenalty,
  networkSpec,
  type BatchWorkspace,
  type DenseLayer,
  type Network
} from './network'
export { createOptimizer, type Optimizer, type OptimizerState, type Parameter } from './optimizers'
export { applyPreprocessing } from './preprocess'
export { copyParameters, parameterCount, parameterList, restoreParameters } from './parameters'
export { Rng, type RngState } from './rng'
export {
  DEFAULT_INIT_SEED,
  modelFileFromNetwork,
  networkFromModelFile,
  specFromModelFile
} from './serialize'
export { splitRows, type DataSplit } from './split'
export { createJsKernels } from './tensor/js-kernels'
export type { Kernels } from './tensor/kernels'
export { topRows, toRowArrays, type FloatArray, type Matrix } from './tensor/matrix'
export { traceStep } from './trace'
export {
  Trainer,
  TrainingDivergedError,
  type BatchResult,
  type EpochResult,
  type TrainerOptions,
  type TrainerState
} from './trainer'

/** Recorded with every run, so results can be traced to the engine that produced them. */
export const ENGINE_VERSION = '1.0.0'
