import type { DatasetSummary } from '@shared/model/dataset'
import type { ImportState } from '@renderer/stores/datasets'

/** A whole number with the locale's digit grouping: 10000 → "10,000". */
export function formatCount(value: number, locale: string): string {
  return Math.round(value).toLocaleString(locale)
}

/** A byte count in B, KB, MB or GB (powers of 1024), one decimal below 100: "4.5 MB", "768 KB". */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1
  return `${value.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${units[unit]}`
}

/** A stored value shown compactly: at most four significant digits (Float32 noise hidden). */
export function formatValue(value: number, locale: string): string {
  if (!Number.isFinite(value)) return String(value)
  return Number(value.toPrecision(4)).toLocaleString(locale, { maximumFractionDigits: 4 })
}

/** The numbers an import's progress line shows, already formatted. */
export interface ImportProgressParts {
  /** Share done in [0, 1], or null while the total is unknown. */
  fraction: number | null
  done: string
  total: string | null
  /** Items (or bytes) per second so far, or null before there is anything to measure. */
  rate: string | null
}

/** Formats an import's progress at time `now` (ms): counts, or byte sizes for a text file. */
export function importProgressParts(
  state: ImportState,
  now: number,
  locale: string
): ImportProgressParts {
  const format = (value: number) =>
    state.unit === 'bytes' ? formatBytes(value, locale) : formatCount(value, locale)
  const seconds = (now - state.startedAt) / 1000
  const perSecond = seconds > 0 && state.done > 0 ? state.done / seconds : null
  return {
    fraction: state.total ? Math.min(1, state.done / state.total) : null,
    done: format(state.done),
    total: state.total === null ? null : format(state.total),
    rate: perSecond === null ? null : format(perSecond)
  }
}

/** One class of a dataset with its rows and its share of all rows. */
export interface ClassShare {
  name: string
  count: number
  /** Percent of all rows, 0–100. */
  percent: number
}

/** Each class's rows and share of the dataset (empty for regression). */
export function classShares(
  dataset: Pick<DatasetSummary, 'classes' | 'classCounts'>
): ClassShare[] {
  const counts = dataset.classCounts ?? []
  const total = counts.reduce((sum, count) => sum + count, 0)
  return (dataset.classes ?? []).map((name, index) => ({
    name,
    count: counts[index] ?? 0,
    percent: total === 0 ? 0 : ((counts[index] ?? 0) / total) * 100
  }))
}

/**
 * A dataset's source as the user knows it: a file dropped in browser mode is kept under
 * `<home>/uploads/<random id>/`, which is left out (`iris.csv`, `mnist/t10k-images-idx3-ubyte`);
 * null for the upload folder itself (several files dropped together).
 */
export function shownSource(source: string): string | null {
  const match =
    /[/\\]uploads[/\\][0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:[/\\](.*))?$/i.exec(
      source
    )
  if (!match) return source
  return match[1] ?? null
}

/** A percentage for display: one decimal below 10 %, none above ("33%", "6.7%"). */
export function formatPercent(percent: number, locale: string): string {
  const digits = percent > 0 && percent < 10 ? 1 : 0
  return `${percent.toLocaleString(locale, { maximumFractionDigits: digits })}%`
}

/** The largest class over the smallest; 1 is perfectly balanced (null without classes). */
export function imbalanceRatio(shares: readonly ClassShare[]): number | null {
  const counts = shares.map((share) => share.count).filter((count) => count > 0)
  if (counts.length < 2) return null
  return Math.max(...counts) / Math.min(...counts)
}
