/**
 * Backprop Lab's WASM SIMD128 kernels (f32), compiled by scripts/build-wasm.mjs with
 * AssemblyScript. Every pointer is a byte offset into the imported shared memory; the JavaScript
 * side (src/main/engine/tensor/wasm) owns allocation and calls these on its matrices.
 */
export { activationBackward, addBiasAndActivate } from './activation-passes'
export { trainChunk } from './batch-chunk'
export { countCorrect } from './classes'
export { gemm, gemmPath, gemmScratchBytes } from './gemm'
export { sharedWork } from './gemm-parallel'
export { gatherBytes } from './gather'
export { multiplyAddPeak } from './peak'
export { columnSums } from './rows'
export { sparseChunk } from './sparse-layer'
export { columnStride, stripDelta } from './sparse-gradient'
export { wideBegin, wideChunk, wideFinish } from './wide-layer'
export {
  adamStep,
  addScaled,
  addSigns,
  momentumStep,
  sumOfAbsolutes,
  sumOfSquares
} from './updates'

/** First byte the JavaScript allocator may use (after the module's own static data). */
export function heapBase(): usize {
  return __heap_base
}
