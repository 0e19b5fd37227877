import type { EpochMetrics } from '@shared/model/training'

/** A point of a line chart (x in epochs). */
export interface ChartPoint {
  x: number
  y: number
}

/** One line of a chart, as plain data: Chart.js gets a fresh copy of `points`. */
export interface ChartSeries {
  label: string
  points: ChartPoint[]
  color: string
  /** Thin and without point markers (the per-batch cost). */
  faint?: boolean
  /** Drawn dashed (another run, for comparison). */
  dashed?: boolean
  /** Drawn as dots without a line (too few points for a line to mean anything). */
  dots?: boolean
}

/** Which per-epoch metric a chart shows. */
export type MetricName = 'loss' | 'accuracy'

/** Another run's curves, drawn beside the current one. */
export interface ComparedRun {
  label: string
  epochs: readonly EpochMetrics[]
  color: string
}

/** The most points a series hands to Chart.js; longer series are decimated. */
export const MAX_SERIES_POINTS = 1000

/** Colours of the curves (train in the accent blue, validation in orange). */
export const SERIES_COLORS = {
  train: '#2f6fed',
  validation: '#e8710a',
  batch: 'rgba(47, 111, 237, 0.28)'
} as const

/**
 * Min–max decimation: splits the points into buckets and keeps each bucket's lowest and highest
 * point, in x order, so spikes survive. Returns at most `maxPoints` points (a copy when the
 * series is short enough).
 */
export function decimate(
  points: readonly ChartPoint[],
  maxPoints = MAX_SERIES_POINTS
): ChartPoint[] {
  if (points.length <= maxPoints) return points.slice()
  const buckets = Math.max(1, Math.floor(maxPoints / 2))
  const size = points.length / buckets
  const kept: ChartPoint[] = []
  for (let bucket = 0; bucket < buckets; bucket++) {
    const from = Math.floor(bucket * size)
    const to = Math.min(points.length, Math.floor((bucket + 1) * size))
    let low = from
    let high = from
    for (let index = from + 1; index < to; index++) {
      if (points[index].y < points[low].y) low = index
      if (points[index].y > points[high].y) high = index
    }
    kept.push(points[Math.min(low, high)])
    if (low !== high) kept.push(points[Math.max(low, high)])
  }
  return kept
}

/** One metric per epoch as points (epochs where it is missing or not finite are left out). */
export function epochPoints(
  epochs: readonly EpochMetrics[],
  pick: (epoch: EpochMetrics) => number | null
): ChartPoint[] {
  const points: ChartPoint[] = []
  for (const epoch of epochs) {
    const value = pick(epoch)
    if (value !== null && Number.isFinite(value)) points.push({ x: epoch.epoch, y: value })
  }
  return points
}

/** Batch costs placed on the epoch axis: step s of a run with b batches per epoch sits at s / b. */
export function batchLossPoints(
  losses: readonly { step: number; loss: number }[],
  batchesPerEpoch: number
): ChartPoint[] {
  if (batchesPerEpoch <= 0) return []
  return losses
    .filter((point) => Number.isFinite(point.loss))
    .map((point) => ({ x: point.step / batchesPerEpoch, y: point.loss }))
}

/** Points per epoch below which the batch costs are drawn as dots rather than a line. */
const LINE_DENSITY = 3

/**
 * Whether a series is too sparse to draw as a line: fewer than LINE_DENSITY points per epoch
 * of x range (live batch costs arrive a few times a second, which on a fast run can be one
 * every several epochs; a line would then cut straight across the curves).
 */
export function isSparse(points: readonly ChartPoint[]): boolean {
  if (points.length < 2) return true
  const span = points[points.length - 1].x - points[0].x
  return span > 0 && points.length / span < LINE_DENSITY
}

/** The train and validation pickers of a metric. */
export function metricPickers(metric: MetricName): {
  train: (epoch: EpochMetrics) => number | null
  validation: (epoch: EpochMetrics) => number | null
} {
  return metric === 'loss'
    ? { train: (epoch) => epoch.trainLoss, validation: (epoch) => epoch.valLoss }
    : { train: (epoch) => epoch.trainAccuracy, validation: (epoch) => epoch.valAccuracy }
}

/** A value to 4 significant digits (accuracy as a percentage). */
export function formatMetric(value: number, metric: MetricName): string {
  if (!Number.isFinite(value)) return String(value)
  return metric === 'accuracy' ? `${(value * 100).toPrecision(4)}%` : value.toPrecision(4)
}

/** An epoch position: whole epochs as they are, batch positions to two decimals. */
export function formatEpoch(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2)
}

/** Most decade labels a log axis shows; wider ranges label every second, third… power of ten. */
const MAX_DECADE_LABELS = 8

/**
 * An axis label: accuracy as a whole percentage, loss to 3 significant digits. A log axis that
 * spans `decades` powers of ten labels the 1, 2, 5 steps of each decade when it spans at most
 * three, else only powers of ten, and no more than MAX_DECADE_LABELS of them (the rest stay as
 * grid lines).
 */
export function formatTick(
  value: number,
  metric: MetricName,
  logScale = false,
  decades = 1
): string {
  if (metric === 'accuracy') return `${Math.round(value * 100)}%`
  if (logScale) {
    const exponent = Math.floor(Math.log10(value) + 1e-9)
    const mantissa = Number((value / 10 ** exponent).toPrecision(3))
    const steps = decades <= 3 ? [1, 2, 5] : [1]
    const every = Math.max(1, Math.ceil(decades / MAX_DECADE_LABELS))
    if (!steps.includes(mantissa) || exponent % every !== 0) return ''
  }
  return String(Number(value.toPrecision(3)))
}

/** What a metrics chart draws: a run's epochs, its batch costs, and other runs to compare. */
export interface MetricsChartInput {
  epochs: readonly EpochMetrics[]
  metric: MetricName
  batchLosses?: readonly { step: number; loss: number }[]
  batchesPerEpoch?: number
  comparisons?: readonly ComparedRun[]
  /** An epoch to mark with a vertical line (the scrubber's). */
  markedEpoch?: number | null
}

/** The colour of the line marking the epoch shown. */
export const MARK_COLOR = '#7a7f87'

/**
 * The lines of a loss or accuracy chart, each decimated and as fresh plain arrays: the batch
 * costs (loss only; faint, dots while sparse), train, validation (when the run has one), then
 * the compared runs' validation curves, dashed, and the marked epoch as a vertical line across
 * the train and validation values' range.
 */
export function metricsChartSeries(
  input: MetricsChartInput,
  labels: { train: string; validation: string; batch: string; marked?: string }
): ChartSeries[] {
  const pick = metricPickers(input.metric)
  const lines: ChartSeries[] = []
  if (input.metric === 'loss' && input.batchLosses && input.batchesPerEpoch) {
    const points = decimate(batchLossPoints(input.batchLosses, input.batchesPerEpoch))
    if (points.length > 0) {
      lines.push({
        label: labels.batch,
        points,
        color: SERIES_COLORS.batch,
        faint: true,
        dots: isSparse(points)
      })
    }
  }
  lines.push({
    label: labels.train,
    points: decimate(epochPoints(input.epochs, pick.train)),
    color: SERIES_COLORS.train
  })
  const validation = decimate(epochPoints(input.epochs, pick.validation))
  if (validation.length > 0)
    lines.push({ label: labels.validation, points: validation, color: SERIES_COLORS.validation })
  for (const run of input.comparisons ?? []) {
    lines.push({
      label: run.label,
      points: decimate(epochPoints(run.epochs, pick.validation)),
      color: run.color,
      dashed: true
    })
  }
  const marked = input.markedEpoch
  if (marked !== undefined && marked !== null) {
    const values = [...epochPoints(input.epochs, pick.train), ...validation].map((p) => p.y)
    if (values.length > 0)
      lines.push({
        label: labels.marked ?? String(marked),
        points: [
          { x: marked, y: Math.min(...values) },
          { x: marked, y: Math.max(...values) }
        ],
        color: MARK_COLOR,
        dashed: true
      })
  }
  return lines
}
