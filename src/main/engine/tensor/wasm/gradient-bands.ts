/**
 * Bands of inputs for the sparse weight gradient's chunks (assembly/sparse-gradient.ts), cut so
 * that each carries about the same work. A band's work is, per input, a fixed part (listing its
 * rows from the turned bytes, storing its row of G) and a part per listed entry (one
 * multiply-add per unit). MNIST's border pixels are almost always 0: cut into equal widths, the
 * eight bands of a batch of 256 held 0.4%, 9.6%, 21%, 17%, 21%, 17%, 13% and 0.9% of the entries
 * (the test set, 50 batches), so whichever thread took the last big band finished alone.
 */

/**
 * The fixed part of an input's work (listing its rows from the turned bytes, starting its sums
 * strip by strip, storing its row of G), in listed entries. Timed chunk by chunk on one thread
 * (AMD EPYC Zen 1, MNIST, batch 256, 128 units): a border band of 100 inputs and 172 entries
 * took 35 µs, a middle one of 100 inputs and 8,167 entries 156 µs: ~0.32 µs an input, ~0.015 µs
 * an entry.
 */
export const INPUT_COST = 20

/**
 * Starts of bands (and `cols` at the end) over inputs 0 … cols − 1, each a whole number of 4
 * inputs (the last may end on `cols`): a band ends once its Σ (count[j] + INPUT_COST) reaches
 * 1 / `chunks` of the whole, or at `widest` inputs (a multiple of 4, ≥ 4: what fits the
 * scratch). So there are at most `chunks` bands unless the scratch splits some. `counts` holds the entries per input of a recent batch (only the
 * speed depends on them: every band computes its inputs alike).
 */
export function cutBands(
  counts: ArrayLike<number>,
  cols: number,
  chunks: number,
  widest: number
): number[] {
  let total = 0
  for (let j = 0; j < cols; j++) total += counts[j] + INPUT_COST
  const share = total / chunks
  const starts = [0]
  // The work of the band so far, which ends when it reaches a share or the widest band.
  let work = 0
  for (let end = 4; end < cols; end += 4) {
    for (let j = end - 4; j < end; j++) work += counts[j] + INPUT_COST
    if (work >= share || end - starts[starts.length - 1] >= widest) {
      starts.push(end)
      work = 0
    }
  }
  starts.push(cols)
  return starts
}
