import { describe, expect, it } from 'vitest'
import {
  classShares,
  formatBytes,
  formatPercent,
  imbalanceRatio,
  importProgressParts,
  shownSource
} from '@renderer/lib/data/data-format'
import type { ImportState } from '@renderer/stores/datasets'

const state = (overrides: Partial<ImportState>): ImportState => ({
  importId: 'i1',
  label: 'fashion',
  phase: 'importing',
  unit: 'images',
  done: 0,
  total: null,
  startedAt: 1_000,
  ...overrides
})

describe('class balance', () => {
  it('gives each class its count and share of all rows', () => {
    // 6 + 4 + 2 = 12 rows: 6/12 = 50 %, 4/12 = 33.3 %, 2/12 = 16.7 %
    const shares = classShares({ classes: ['a', 'b', 'c'], classCounts: [6, 4, 2] })
    expect(shares.map(({ name, count }) => [name, count])).toEqual([
      ['a', 6],
      ['b', 4],
      ['c', 2]
    ])
    expect(shares[0].percent).toBe(50)
    expect(shares[1].percent).toBeCloseTo(100 / 3, 10)
    expect(shares[2].percent).toBeCloseTo(100 / 6, 10)
    expect(imbalanceRatio(shares)).toBe(3)
  })

  it('shows one decimal below 10 % and none above', () => {
    expect(formatPercent(100 / 3, 'en')).toBe('33%')
    expect(formatPercent((178 / 1797) * 100, 'en')).toBe('9.9%')
  })

  it('has no classes for regression', () => {
    expect(classShares({ classes: null, classCounts: null })).toEqual([])
  })
})

describe('import progress', () => {
  it('counts images with their rate: 2,310 of 10,000 after 0.5634 s is 4,100/s', () => {
    const parts = importProgressParts(state({ done: 2310, total: 10_000 }), 1_563.4, 'en')
    expect(parts).toEqual({ fraction: 0.231, done: '2,310', total: '10,000', rate: '4,100' })
  })

  it('shows bytes of a text file in KB and MB', () => {
    const parts = importProgressParts(
      state({ unit: 'bytes', done: 1_572_864, total: 4_718_592 }),
      3_000,
      'en'
    )
    // 1.5 MB of 4.5 MB in 2 s: 0.75 MB/s = 768 KB/s
    expect(parts).toEqual({ fraction: 1 / 3, done: '1.5 MB', total: '4.5 MB', rate: '768 KB' })
  })

  it('has no share or rate before anything is known', () => {
    expect(importProgressParts(state({}), 1_000, 'en')).toEqual({
      fraction: null,
      done: '0',
      total: null,
      rate: null
    })
  })

  it('formats small sizes in bytes', () => {
    expect(formatBytes(512, 'en')).toBe('512 B')
    expect(formatBytes(2048, 'en')).toBe('2.0 KB')
  })
})

describe('shownSource', () => {
  it('leaves out where browser mode keeps an upload, keeping the name the user dropped', () => {
    const upload = '/home/ann/.config/Backprop Lab/uploads/5a53adb6-0c1e-4f7a-9a51-3d2f7f0c9e11'
    expect(shownSource(`${upload}/iris.csv`)).toBe('iris.csv')
    expect(shownSource(`${upload}/mnist/t10k-images-idx3-ubyte`)).toBe(
      'mnist/t10k-images-idx3-ubyte'
    )
    expect(shownSource('/data/iris.csv')).toBe('/data/iris.csv')
    expect(shownSource(upload)).toBeNull()
  })
})
