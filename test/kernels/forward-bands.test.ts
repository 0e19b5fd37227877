import { describe, expect, it } from 'vitest'
import { bandsInClaimOrder, unitBands } from '../../src/main/engine/tensor/wasm/band-tables'

/**
 * Issue 17: the sparse forward's bands. With bands of 24 from unit 0, a 128-unit first layer was
 * cut 24, 24, 24, 24, 24, 8 and two threads claiming bands in turn summed 72 and 56 units: the
 * forward waited ~9% for the busier thread. The bands must cover every unit once, at most 24 (one
 * pass of the widest sums) each, and share 128 units as 64 and 64.
 */
function pairs(units: number, maximum = 255): Array<[number, number]> {
  const table = unitBands(units, maximum)
  // A band table: [second, starts …, units], in order of units.
  expect(table[table.length - 1]).toBe(units)
  for (let k = 2; k < table.length; k++) expect(table[k]).toBeGreaterThan(table[k - 1])
  return bandsInClaimOrder(table)
}

/** Units each of two threads sums when each claims the next band as soon as it is free. */
function unitsPerThread(bands: Array<[number, number]>): number[] {
  const done = [0, 0]
  for (const [first, end] of bands) done[done[0] <= done[1] ? 0 : 1] += end - first
  return done
}

describe('the sparse forward cut into bands', () => {
  it('covers every unit once, in bands of 1 to 24 units', () => {
    for (let units = 1; units <= 300; units++) {
      const seen = new Array<number>(units).fill(0)
      for (const [first, end] of pairs(units)) {
        expect(end - first, `${units} units: [${first}, ${end})`).toBeGreaterThanOrEqual(1)
        expect(end - first, `${units} units: [${first}, ${end})`).toBeLessThanOrEqual(24)
        for (let u = first; u < end; u++) seen[u]++
      }
      expect(
        seen.every((count) => count === 1),
        `${units} units`
      ).toBe(true)
    }
  })

  it.each([
    [128, [64, 64]],
    [96, [48, 48]],
    [130, [65, 65]]
  ])('shares %i units equally between two threads', (units, shares) => {
    expect(unitsPerThread(pairs(units))).toEqual(shares)
  })

  it('has a band summed lane by lane claimed first', () => {
    // 51 units: 24, 24 and 3, whose one-lane sums cost more per entry than a band of 24's.
    expect(pairs(51)).toEqual([
      [0, 3],
      [3, 27],
      [27, 51]
    ])
    // Each half of 130 units: 17 (16 and one lane) first, then 24 and 24, in turn from the halves.
    expect(pairs(130).slice(0, 2)).toEqual([
      [0, 17],
      [65, 82]
    ])
  })

  it('keeps to the chunks a shared job has, however wide the layer', () => {
    // 6,120 units are 255 bands of 24 (their halves would be 256); one more needs wider bands.
    for (const units of [6120, 6121, 6200, 20000]) {
      const bands = pairs(units)
      expect(bands.length, `${units} units`).toBeLessThanOrEqual(255)
      expect(bands.reduce((sum, [first, end]) => sum + end - first, 0)).toBe(units)
    }
    expect(pairs(100, 3)).toEqual([
      [0, 48],
      [48, 96],
      [96, 100]
    ])
  })
})
