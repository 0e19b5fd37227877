import type { SurfaceGeneratorName } from '../../../shared/model/generators'

/**
 * The two regression surfaces of TensorFlow Playground (`regressPlane` and `regressGaussian` in
 * tensorflow/playground src/dataset.ts), on our generators' scale: Playground draws x and y from
 * [−6, 6]; ours lie in [−1, 1], so each of its lengths is divided by 6.
 */

/** Playground's centres (±4 or 0, ±2.5) and signs of its six bumps, divided by 6. */
const BUMPS: readonly (readonly [number, number, 1 | -1])[] = [
  [-4 / 6, 2.5 / 6, 1],
  [0, 2.5 / 6, -1],
  [4 / 6, 2.5 / 6, 1],
  [-4 / 6, -2.5 / 6, -1],
  [0, -2.5 / 6, 1],
  [4 / 6, -2.5 / 6, -1]
]

/** A bump's height at distance d from its centre: Playground's 1 − d/2 clamped to [0, 1], d in its units (6 d in ours). */
function bumpHeight(distance: number): number {
  return Math.min(1, Math.max(0, 1 - (6 * distance) / 2))
}

/** z = f(x, y) of each surface. */
export const SURFACES = {
  // Playground's plane: z = (x + y) / 10 for x, y in [−6, 6], so z = 0.6 (x + y) in ours (|z| ≤ 1.2).
  plane: (x, y) => 0.6 * (x + y),
  // Playground's "multi Gaussian": six signed cones of radius 1/3 (2 in its units); z is the
  // signed height of the one largest in absolute value (0 where none reaches), in [−1, 1].
  'multi-gaussian': (x, y) => {
    let z = 0
    for (const [cx, cy, sign] of BUMPS) {
      const height = sign * bumpHeight(Math.hypot(x - cx, y - cy))
      if (Math.abs(height) > Math.abs(z)) z = height
    }
    return z
  }
} satisfies Record<SurfaceGeneratorName, (x: number, y: number) => number>
