import type { EpochHistogram, WeightHistogram } from '@shared/model/inspect'

/** One bar of a histogram: the values from `from` to `to`, and its height as a share of the tallest. */
export interface HistogramBar {
  from: number
  to: number
  count: number
  /** count / the largest count (0 to 1; 0 for an empty histogram). */
  height: number
}

/** The bars of a histogram: equal-width bins from min to max. */
export function histogramBars(histogram: WeightHistogram): HistogramBar[] {
  const bins = histogram.counts.length
  const width = bins > 0 ? (histogram.max - histogram.min) / bins : 0
  const tallest = Math.max(0, ...histogram.counts)
  return histogram.counts.map((count, bin) => ({
    from: histogram.min + bin * width,
    to: histogram.min + (bin + 1) * width,
    count,
    height: tallest > 0 ? count / tallest : 0
  }))
}

/**
 * Histograms of several epochs on one value axis, for drawing how the weights spread out
 * through training: `cells[bin][column]` is the share of that epoch's weights in the common
 * bin (each stored bin's count goes to the common bin holding its centre), `columns` in epoch
 * order.
 */
export interface HistogramStrip {
  min: number
  max: number
  bins: number
  epochs: number[]
  /** [bin][column], each column summing to 1 (0 for an empty epoch); bin 0 holds the smallest values. */
  cells: number[][]
}

/** Stored epoch histograms (in epoch order) re-binned onto their common range. */
export function histogramStrip(histograms: readonly EpochHistogram[], bins = 32): HistogramStrip {
  const min = Math.min(...histograms.map((entry) => entry.histogram.min))
  const max = Math.max(...histograms.map((entry) => entry.histogram.max))
  const span = max - min
  const cells = Array.from({ length: bins }, () => new Array<number>(histograms.length).fill(0))
  histograms.forEach(({ histogram }, column) => {
    const total = histogram.counts.reduce((sum, count) => sum + count, 0)
    if (total === 0) return
    const width = (histogram.max - histogram.min) / histogram.counts.length
    histogram.counts.forEach((count, bin) => {
      const centre = histogram.min + (bin + 0.5) * width
      const common = span > 0 ? Math.min(bins - 1, Math.floor(((centre - min) / span) * bins)) : 0
      cells[common][column] += count / total
    })
  })
  return {
    min: histograms.length > 0 ? min : 0,
    max: histograms.length > 0 ? max : 0,
    bins,
    epochs: histograms.map((entry) => entry.epoch),
    cells
  }
}

/** Stored histograms with newer ones (a poll's `histogramsSince` answer) added, by epoch. */
export function mergeHistograms(
  known: readonly EpochHistogram[],
  newer: readonly EpochHistogram[]
): EpochHistogram[] {
  const byEpoch = new Map(known.map((entry) => [entry.epoch, entry]))
  for (const entry of newer) byEpoch.set(entry.epoch, entry)
  return [...byEpoch.values()].sort((a, b) => a.epoch - b.epoch)
}
