/**
 * How the sparse first layer's forward (assembly/sparse-layer.ts) is cut into chunks: bands of at
 * most BAND units, each summed by sumListed (assembly/sparse-sums.ts), whose passes take 24, 16,
 * 8 and 4 columns in vectors and the last width % 4 one by one. Bands of 24 from unit 0 leave two
 * threads unequal work where the units are not a multiple of 2 · 24 (128 units: 24, 24, 24, 24,
 * 24, 8, claimed 72 against 56); cutting each half of the units into bands (24, 24, 16 twice)
 * shares them equally. Each z[b][u] is the same sum however the units are cut, so the cut changes
 * the time alone, never the bits.
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
 * them. Candidates: bands of BAND from unit 0; each half of the units cut so; halves rounded to
 * whole vectors. Each is ordered widest first (then a thread that claims the next band when
 * free ends near the other), alternating between the halves (so that the bands two threads sum
 * at once are a half apart in z, never writing the same cache line of a row), and the cut that
 * ends soonest on two threads is taken, unless it costs one thread over ONE_THREAD_ALLOWANCE
 * more than bands from unit 0.
 */
export function forwardBands(units: number): Int32Array {
  const cuts = [units, Math.ceil(units / 2), 4 * Math.ceil(units / 8)].map((half) => {
    const bands = [...cutIntoBands(0, Math.min(half, units)), ...cutIntoBands(half, units)]
    bands.sort((a, b) => b.cost - a.cost || a.place - b.place || a.first - b.first)
    return { bands, alone: bands.reduce((sum, band) => sum + band.cost, 0), paired: onTwo(bands) }
  })
  const limit = (1 + ONE_THREAD_ALLOWANCE) * cuts[0].alone
  const allowed = cuts.filter((cut) => cut.alone <= limit)
  allowed.sort((a, b) => a.paired - b.paired || a.alone - b.alone)
  return Int32Array.from(allowed[0].bands.flatMap((band) => [band.first, band.end]))
}

/** Units [first, end) in bands of BAND and the rest. */
function cutIntoBands(first: number, end: number): Band[] {
  const bands: Band[] = []
  for (let at = first; at < end; at += BAND) {
    const bandEnd = Math.min(at + BAND, end)
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
