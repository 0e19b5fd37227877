/**
 * How the sparse first layer's forward (assembly/sparse-layer.ts) is cut into chunks: bands of
 * BAND units or fewer (but for layers of thousands of units), each summed by sumListed
 * (assembly/sparse-sums.ts), whose passes take 24, 16, 8 and 4 columns in vectors and the last
 * width % 4 one by one. Bands of 24 from unit 0 leave two threads unequal work where the units
 * are not a multiple of 2 · 24 (128 units: 24, 24, 24, 24, 24, 8, claimed 72 against 56);
 * cutting each half of the units into bands (24, 24, 16 twice) shares them equally. Each z[b][u]
 * is the same sum however the units are cut, so the cut changes the time alone, never the bits.
 */

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

/** A band of units [first, end), its place in its half and its cost per list entry. */
interface Band {
  first: number
  end: number
  place: number
  cost: number
}

/**
 * The forward's bands for a layer of `units`, as [first, end) pairs in the order threads claim
 * them, at most `maximum` of them (a shared job's chunks): a layer wider than `maximum` bands of
 * BAND takes bands of a multiple of BAND from unit 0 (the sums take 24 columns at a time across
 * any width), too many for their cut to matter. Otherwise the candidates are bands of BAND from
 * unit 0, each half of the units cut so, and halves rounded to whole vectors, each ordered
 * widest first (then a thread that claims the next band when free ends near the other),
 * alternating between the halves (so that the bands two threads sum at once are a half apart in
 * z, never writing the same cache line of a row). The cut that ends soonest on two threads is
 * taken, unless it costs one thread over ONE_THREAD_ALLOWANCE more than bands from unit 0 or
 * has more than `maximum` bands.
 */
export function forwardBands(units: number, maximum: number): Int32Array {
  const widest = BAND * Math.ceil(Math.ceil(units / BAND) / maximum)
  if (widest > BAND) return pairs(cutIntoBands(0, units, widest))
  const cuts = [units, Math.ceil(units / 2), 4 * Math.ceil(units / 8)].map((half) => {
    const bands = [...cutIntoBands(0, Math.min(half, units)), ...cutIntoBands(half, units)]
    bands.sort((a, b) => b.cost - a.cost || a.place - b.place || a.first - b.first)
    return { bands, alone: bands.reduce((sum, band) => sum + band.cost, 0), paired: onTwo(bands) }
  })
  const limit = (1 + ONE_THREAD_ALLOWANCE) * cuts[0].alone
  const allowed = cuts.filter((cut) => cut.alone <= limit && cut.bands.length <= maximum)
  allowed.sort((a, b) => a.paired - b.paired || a.alone - b.alone)
  return pairs(allowed[0].bands)
}

/** The bands' [first, end) pairs, for the plan. */
function pairs(bands: Band[]): Int32Array {
  return Int32Array.from(bands.flatMap((band) => [band.first, band.end]))
}

/** Units [first, end) in bands of `width` and the rest. */
function cutIntoBands(first: number, end: number, width = BAND): Band[] {
  const bands: Band[] = []
  for (let at = first; at < end; at += width) {
    const bandEnd = Math.min(at + width, end)
    bands.push({ first: at, end: bandEnd, place: bands.length, cost: bandCost(bandEnd - at) })
  }
  return bands
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
function onTwo(bands: Band[]): number {
  const free = [0, 0]
  for (const { cost } of bands) free[free[0] <= free[1] ? 0 : 1] += cost
  return Math.max(...free)
}
