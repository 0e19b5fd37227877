import { describe, expect, it } from 'vitest'
import { confusionCells, confusionPlaces } from '@renderer/lib/charts/confusion-cells'

describe('confusion matrix cells', () => {
  it('shades each cell by its share of the actual class’s rows', () => {
    const cells = confusionCells([
      [8, 2],
      [0, 0]
    ])
    expect(cells[0].map((cell) => cell.share)).toEqual([0.8, 0.2])
    expect(cells[0][0]).toMatchObject({ count: 8, diagonal: true, lightText: true })
    expect(cells[0][1]).toMatchObject({ count: 2, diagonal: false, lightText: false })
    expect(cells[0][0].background).toBe(
      `color-mix(in srgb, var(--confusion-fill) ${(100 * (0.06 + 0.94 * 0.8)).toFixed(1)}%, transparent)`
    )
    // An empty row shades nothing.
    expect(cells[1].map((cell) => cell.share)).toEqual([0, 0])
  })
  it('places each cell by row and column, naming a class by its index where it has no name', () => {
    const places = confusionPlaces(
      [
        [3, 1],
        [0, 2]
      ],
      ['cat']
    )
    expect(places[1][0]).toMatchObject({
      actual: 1,
      predicted: 0,
      actualName: '1',
      predictedName: 'cat'
    })
    expect(places[1][0].cell).toMatchObject({ count: 0, diagonal: false })
  })
})
