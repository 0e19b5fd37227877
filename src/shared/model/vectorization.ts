/**
 * `learn:vectorization`: lesson 1's timing of logistic regression's gradient on the bundled apples
 * photos, once as a loop over the samples (one photo at a time, as the course notes' first
 * program does) and once as the engine's matrix products (Z = X Wᵀ + b, ∂J/∂W = (1/m)(A − Y)ᵀ X).
 */
export interface VectorizationTiming {
  /** m photos of n values each. */
  samples: number
  features: number
  /** Median milliseconds of the loop and of the matrix products, over `repeats` runs. */
  loopMs: number
  matrixMs: number
  repeats: number
  /** The engine's kernels that computed the products (e.g. `wasm-simd-f32 (relaxed, 1 thread)`). */
  kernels: string
  /** The largest |difference| between the two ∂J/∂W, and the largest |entry| of ∂J/∂W. */
  largestDifference: number
  largestGradient: number
}
