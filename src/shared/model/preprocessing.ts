/**
 * What is done to raw input rows before the first layer sees them. Stored in the model file so
 * that `predict` and every export take raw inputs.
 */
export type Preprocessing =
  /** x' = (x − mean) / std, per feature. */
  | { kind: 'standardize'; mean: number[]; std: number[] }
  /** x' = (x − min) / (max − min), per feature. */
  | { kind: 'minmax'; min: number[]; max: number[] }
  /** x' = x · factor, the same factor for every feature (e.g. 1/255 for raw pixels). */
  | { kind: 'scale'; factor: number }

/** The `--normalize` choices; `auto` standardizes tables and leaves images (already 0..1) alone. */
export const NORMALIZE_NAMES = ['auto', 'standardize', 'minmax', 'scale', 'none'] as const
export type NormalizeName = (typeof NORMALIZE_NAMES)[number]
