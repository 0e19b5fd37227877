import type { TrainingHistory } from '@shared/model/inspect'
import type { ChartSeries } from '@renderer/lib/charts/series'

/** One colour per layer (layer 1 first), repeating for deeper networks. */
export const LAYER_COLORS = [
  '#2f6fed',
  '#e8710a',
  '#1a8a4a',
  '#b8336a',
  '#7b4fd6',
  '#0f8a9d',
  '#8a6d1a',
  '#5d6778'
] as const

/**
 * One line per layer of its ‖∂J/∂W(l)‖ per epoch, for a log axis: epochs without a recorded
 * norm, and norms of 0 (a log axis has no place for them), are left out.
 */
export function normSeries(
  history: TrainingHistory,
  labelOf: (layer: number) => string
): ChartSeries[] {
  return history.layers.map((series) => {
    const points: ChartSeries['points'] = []
    series.weightGradientNorms.forEach((norm, index) => {
      if (norm !== null && norm > 0 && Number.isFinite(norm))
        points.push({ x: history.epochs[index], y: norm })
    })
    return {
      label: labelOf(series.layer),
      points,
      color: LAYER_COLORS[(series.layer - 1) % LAYER_COLORS.length],
      dots: points.length < 2
    }
  })
}

/** A run's history with a poll's answer (`sinceEpoch` = the last epoch known) appended. */
export function appendHistory(known: TrainingHistory, newer: TrainingHistory): TrainingHistory {
  const last = known.epochs.at(-1) ?? 0
  const keep = newer.epochs.map((epoch) => epoch > last)
  const pick = <T>(values: readonly T[]) => values.filter((_, index) => keep[index])
  return {
    ...newer,
    epochs: [...known.epochs, ...pick(newer.epochs)],
    trainLoss: [...known.trainLoss, ...pick(newer.trainLoss)],
    valLoss: [...known.valLoss, ...pick(newer.valLoss)],
    layers: newer.layers.map((series, index) => ({
      layer: series.layer,
      weightGradientNorms: [
        ...(known.layers[index]?.weightGradientNorms ?? []),
        ...pick(series.weightGradientNorms)
      ],
      biasGradientNorms: [
        ...(known.layers[index]?.biasGradientNorms ?? []),
        ...pick(series.biasGradientNorms)
      ]
    }))
  }
}

/** Most powers of ten a log axis labels; wider ranges label every second, third… one. */
const MAX_DECADE_LABELS = 8

/**
 * A log axis's tick label for an axis spanning `decades` powers of ten: over at most three, the
 * 1, 2 and 5 of each decade (0.2, 0.5, 1, 2); over more, powers of ten only (1e-5, 0.01, 1, 100),
 * no more than MAX_DECADE_LABELS of them. Other ticks get no label.
 */
export function formatNormTick(value: number, decades = 1): string {
  if (!(value > 0)) return ''
  const exponent = Math.floor(Math.log10(value) + 1e-9)
  const mantissa = Number((value / 10 ** exponent).toPrecision(3))
  if (!(decades <= 3 ? [1, 2, 5] : [1]).includes(mantissa)) return ''
  const every = Math.max(1, Math.ceil(decades / MAX_DECADE_LABELS))
  if (exponent % every !== 0) return ''
  return exponent >= -3 && exponent <= 3
    ? String(Number(value.toPrecision(3)))
    : `${mantissa}e${exponent}`
}
