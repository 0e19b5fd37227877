/**
 * How the sparse first layer's products (assembly/sparse-layer.ts) are cut into chunks: the
 * forward into bands of units, the weight gradient into bands of inputs. Both go to the WASM
 * side as one shape of band table, i32:
 *   [second, start 0, start 1, …, start n]      band k is [start k, start k + 1), start n the total
 * Chunk i sums band i, or, where `second` ≠ 0, the bands in turn from the table's two halves,
 * [0, second) and [second, n), the first having as many bands as the second or one more: chunk
 * 2m band m, chunk 2m + 1 band second + m (sparseChunk reads it so). Every band computes its
 * units or inputs alike, so the cut changes the time alone, never the bits.
 */

/** A cut's bands as [first, end) pairs, in the order chunks take them. */
export function bandsInClaimOrder(table: ArrayLike<number>): Array<[number, number]> {
  const second = table[0]
  return Array.from({ length: table.length - 2 }, (_, index): [number, number] => {
    const band = second === 0 ? index : (index & 1) * second + (index >> 1)
    return [table[band + 1], table[band + 2]]
  })
}

// The forward: bands of units, each summed by sumListed (assembly/sparse-sums.ts), whose passes
// take 24, 16, 8 and 4 columns in vectors and the last width % 4 one by one. Bands of 24 from unit
// 0 leave two threads unequal work where the units are not a multiple of 2 · 24 (128 units: 24,
// 24, 24, 24, 24, 8, claimed 72 against 56); cutting each half of the units into bands (24, 24,
// 16 twice) shares them equally.

/** Units summed at a time: one pass of sumListed's widest loop (6 accumulator vectors). */
const BAND = 24
/**
 * Instructions a list entry costs in a pass of sumListed, roughly (the machine code of the
 * relaxed build): the entry's index, value and address and the loop's step, test and interrupt
 * check, besides a load and a multiply-add per vector (a one-lane pass: a load, a broadcast and
 * a multiply-add).
 */
const PASS_COST = 7
const ONE_LANE_COST = 3
/** Share by which a cut may cost one thread more than bands alone, for a faster pair of threads. */
const ONE_THREAD_ALLOWANCE = 0.03

/**
 * The forward's band table for a layer of `units`, at most `maximum` bands (a shared job's
 * chunks): a layer wider than `maximum` bands of BAND takes bands of a multiple of BAND from unit
 * 0 (the sums take 24 columns at a time across any width), too many for their cut to matter.
 * Otherwise the candidates are bands of BAND from unit 0, and each half of the units cut so
 * (halves of units / 2, and rounded to whole vectors), taken in turn from the halves (then the
 * bands two threads sum at once are a half apart in z, never writing the same cache line of a
 * row), costlier bands first in each (startsOfBands: then a thread that claims the next band when
 * free ends near the other). The cut that ends soonest on two threads is taken, unless it costs one thread
 * over ONE_THREAD_ALLOWANCE more than bands from unit 0 or has more than `maximum` bands.
 */
export function unitBands(units: number, maximum: number): Int32Array {
  const widest = BAND * Math.ceil(Math.ceil(units / BAND) / maximum)
  if (widest > BAND) return Int32Array.from([0, ...startsOfBands(0, units, widest), units])
  const cuts = [units, Math.ceil(units / 2), 4 * Math.ceil(units / 8)].map((half) => {
    const firstHalf = startsOfBands(0, Math.min(half, units))
    const secondHalf = startsOfBands(half, units)
    const second = secondHalf.length === 0 ? 0 : firstHalf.length
    const table = Int32Array.from([second, ...firstHalf, ...secondHalf, units])
    const costs = bandsInClaimOrder(table).map(([first, end]) => bandCost(end - first))
    return { table, alone: costs.reduce((sum, cost) => sum + cost, 0), paired: onTwo(costs) }
  })
  const limit = (1 + ONE_THREAD_ALLOWANCE) * cuts[0].alone
  const allowed = cuts.filter((cut) => cut.alone <= limit && cut.table.length - 2 <= maximum)
  allowed.sort((a, b) => a.paired - b.paired || a.alone - b.alone)
  return allowed[0].table
}

/**
 * Starts of bands of `width` over units [first, end) and one of the rest: first if it costs more
 * than a band of `width` (a few units one lane at a time), so that it is claimed first.
 */
function startsOfBands(first: number, end: number, width = BAND): number[] {
  const rest = (end - first) % width
  const restFirst = rest > 0 && bandCost(rest) > bandCost(width)
  const starts = restFirst ? [first] : []
  for (let at = restFirst ? first + rest : first; at < end; at += width) starts.push(at)
  return starts
}

/** An entry's instructions in sumListed's passes over `width` columns. */
function bandCost(width: number): number {
  let cost = 0
  let left = width
  for (const pass of [24, 16, 8, 4]) {
    for (; left >= pass; left -= pass) cost += PASS_COST + 2 * (pass / 4)
  }
  return cost + left * (PASS_COST + ONE_LANE_COST)
}

/** When two threads that each claim the next band as soon as they are free are done. */
function onTwo(costs: number[]): number {
  const free = [0, 0]
  for (const cost of costs) free[free[0] <= free[1] ? 0 : 1] += cost
  return Math.max(...free)
}

// The gradient: bands of inputs (assembly/sparse-gradient.ts) cut so that each carries about
// the same work. A band's work is, per input, a fixed part (listing its rows from the turned
// bytes, storing its row of G) and a part per listed entry (one multiply-add per unit). MNIST's
// border pixels are almost always 0: cut into equal widths, the eight bands of a batch of 256
// held 0.4%, 9.6%, 21%, 17%, 21%, 17%, 13% and 0.9% of the entries (the test set, 50 batches), so
// whichever thread took the last big band finished alone.

/**
 * The fixed part of an input's work (listing its rows from the turned bytes, starting its sums
 * strip by strip, storing its row of G), in listed entries. Timed chunk by chunk on one thread
 * (AMD EPYC Zen 1, MNIST, batch 256, 128 units): a border band of 100 inputs and 172 entries
 * took 35 µs, a middle one of 100 inputs and 8,167 entries 156 µs: ~0.32 µs an input, ~0.015 µs
 * an entry.
 */
export const INPUT_COST = 20

/**
 * Cuts inputs 0 … cols − 1 into `table` (a band table, in order) by work, and returns how many
 * bands it holds, or 0 when they would not fit it. Each band is a whole number of 4 inputs (the
 * last may end on `cols`) and ends once its Σ (count[j] + INPUT_COST) reaches 1 / `chunks` of
 * the whole, or at `widest` inputs (a multiple of 4, ≥ 4: what fits the scratch). So there are
 * at most `chunks` bands unless the scratch splits some. `counts` holds the entries per input of
 * a recent batch (only the speed depends on them).
 */
export function cutByWork(
  counts: Int32Array,
  cols: number,
  chunks: number,
  widest: number,
  table: Int32Array
): number {
  let entries = 0
  for (let j = 0; j < cols; j++) entries += counts[j]
  const share = (entries + INPUT_COST * cols) / chunks
  // The last start that leaves room for the table's closing `cols`.
  const lastStart = table.length - 2
  table[0] = 0
  table[1] = 0
  let starts = 1
  // The work of the band so far, which ends when it reaches a share or the widest band.
  let work = 0
  for (let end = 4; end < cols; end += 4) {
    work += counts[end - 4] + counts[end - 3] + counts[end - 2] + counts[end - 1] + 4 * INPUT_COST
    if (work >= share || end - table[starts] >= widest) {
      if (starts === lastStart) return 0
      table[++starts] = end
      work = 0
    }
  }
  table[starts + 1] = cols
  return starts
}
