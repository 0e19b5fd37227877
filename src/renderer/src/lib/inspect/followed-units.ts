import type { TraceLayer } from '@shared/model/inspect'

/** Index of the largest value (the first of equals; 0 for none). */
export function argmax(values: readonly number[]): number {
  let best = 0
  for (let index = 1; index < values.length; index++) if (values[index] > values[best]) best = index
  return best
}

/**
 * The unit a wide layer's steps follow until the user picks one: at the outputs the sample's
 * own class (its target's largest entry), in a hidden layer its most active unit (largest a),
 * else unit 0 while the layer's numbers are not fetched.
 */
export function defaultFollowed(
  layer: number,
  layerCount: number,
  targets: readonly number[],
  trace: TraceLayer | undefined
): number {
  if (layer === layerCount && targets.length > 0) return argmax(targets)
  return trace ? argmax(trace.a[0]) : 0
}
