/** Networks with at most this many weights are traced whole in one call; bigger ones a layer at a time. */
export const FULL_TRACE_WEIGHTS = 20_000

/** Weights of a network given by its widths from inputs to outputs. */
export function weightCount(widths: readonly number[]): number {
  let total = 0
  for (let index = 1; index < widths.length; index++) total += widths[index - 1] * widths[index]
  return total
}

/**
 * Which layer the first trace call asks for: none (the whole trace) for a small or unknown
 * network, else the last layer (the smallest, and it brings the network's description along).
 */
export function firstTraceLayer(widths: readonly number[]): number | undefined {
  if (widths.length < 2 || weightCount(widths) <= FULL_TRACE_WEIGHTS) return undefined
  return widths.length - 1
}

/** The layers of `needed` not fetched yet. */
export function missingLayers(
  needed: readonly number[],
  fetched: ReadonlyMap<number, unknown>
): number[] {
  return needed.filter((layer) => !fetched.has(layer))
}
