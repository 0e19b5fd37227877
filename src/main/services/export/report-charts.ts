import { escapeHtml } from './report-tables'

/** One curve of a chart: a value per epoch (null where there is none). */
export interface ChartSeries {
  name: string
  colour: string
  values: readonly (number | null)[]
}

const WIDTH = 560
const HEIGHT = 280
/** Room for the legend above the plot, the tick labels left of and under it, the axis names. */
const MARGIN = { right: 16, top: 40, bottom: 40 }
/** About how wide a character of the 11 px tick labels is (px), to leave room for them. */
const CHARACTER_WIDTH = 7
/** Longer series are thinned to about this many points (the first and last are always kept). */
const MAX_POINTS = 400
/** About how many intervals an axis is cut into (the round step decides the exact count). */
const TICK_INTERVALS = 5

/** The round step (1, 2 or 5 times a power of ten) that cuts `span` into about `intervals`. */
export function roundStep(span: number, intervals = TICK_INTERVALS): number {
  const raw = span / intervals
  const decade = 10 ** Math.floor(Math.log10(raw))
  return ([1, 2, 5, 10].find((step) => step * decade >= raw * 0.999) ?? 10) * decade
}

/** Ticks at the multiples of a round step from `low` to `high` (widened to whole steps). */
function roundTicks(low: number, high: number): { ticks: number[]; decimals: number } {
  const step = roundStep(high - low)
  const first = Math.floor(low / step + 1e-9)
  const last = Math.ceil(high / step - 1e-9)
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9))
  const ticks = Array.from({ length: last - first + 1 }, (_, index) =>
    Number(((first + index) * step).toFixed(decimals))
  )
  return { ticks, decimals }
}

/**
 * An inline SVG line chart of per-epoch series: epochs on x (1 … n), values on y, ticks at round
 * values on both axes, the legend above the plot (clear of the curves), and room left for every
 * label. Non-finite and missing values are left out of a curve.
 */
export function lineChart(title: string, yLabel: string, series: readonly ChartSeries[]): string {
  const curves = series
    .map((each) => ({ ...each, points: thin(finitePoints(each.values)) }))
    .filter((each) => each.points.length > 0)
  if (curves.length === 0) return `<p>${escapeHtml(title)}: no values were recorded.</p>`
  const epochs = Math.max(...series.map((each) => each.values.length))
  const values = curves.flatMap((each) => each.points.map(([, value]) => value))
  let low = Math.min(...values)
  let high = Math.max(...values)
  if (low === high) [low, high] = [low - (Math.abs(low) || 1) / 2, high + (Math.abs(high) || 1) / 2]
  const yAxis = roundTicks(low, high)
  const [bottom, top] = [yAxis.ticks[0], yAxis.ticks[yAxis.ticks.length - 1]]
  const yText = (value: number) => value.toFixed(yAxis.decimals)
  const left = 30 + CHARACTER_WIDTH * Math.max(...yAxis.ticks.map((value) => yText(value).length))

  const plotWidth = WIDTH - left - MARGIN.right
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  const x = (epoch: number) =>
    left + (epochs === 1 ? plotWidth / 2 : ((epoch - 1) / (epochs - 1)) * plotWidth)
  const y = (value: number) => MARGIN.top + (1 - (value - bottom) / (top - bottom)) * plotHeight

  // Epochs at the multiples of a round step (every epoch of a short run).
  const xStep = epochs <= 1 ? 1 : Math.max(1, roundStep(epochs - 1))
  const xTicks = Array.from(
    { length: Math.floor(epochs / xStep) },
    (_, index) => (index + 1) * xStep
  )
  const grid = [
    `<rect class="plot" x="${left}" y="${MARGIN.top}" width="${plotWidth}" height="${plotHeight}" fill="none"/>`,
    ...yAxis.ticks.map(
      (value) =>
        `<line class="grid" x1="${left}" x2="${WIDTH - MARGIN.right}" y1="${y(value).toFixed(1)}" y2="${y(value).toFixed(1)}"/><text class="tick y" x="${left - 6}" y="${(y(value) + 4).toFixed(1)}" text-anchor="end">${yText(value)}</text>`
    ),
    ...xTicks.map(
      (epoch) =>
        `<text class="tick x" x="${x(epoch).toFixed(1)}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle">${epoch}</text>`
    )
  ]
  const lines = curves.map((curve) => {
    const points = curve.points
      .map(([epoch, value]) => `${x(epoch).toFixed(1)},${y(value).toFixed(1)}`)
      .join(' ')
    return `<polyline class="series" data-series="${escapeHtml(curve.name)}" fill="none" stroke="${curve.colour}" stroke-width="2" points="${points}"/>`
  })
  let legendX = left
  const legend = curves.map((curve) => {
    const item = `<line x1="${legendX}" x2="${legendX + 18}" y1="14" y2="14" stroke="${curve.colour}" stroke-width="3"/><text x="${legendX + 24}" y="18" style="fill: ${curve.colour}">${escapeHtml(curve.name)}</text>`
    legendX += 24 + CHARACTER_WIDTH * 1.2 * curve.name.length + 20
    return item
  })
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(title)}">
<title>${escapeHtml(title)}</title>
${grid.join('\n')}
<text class="axis" x="${left + plotWidth / 2}" y="${HEIGHT - 6}" text-anchor="middle">epoch</text>
<text class="axis" x="14" y="${MARGIN.top + plotHeight / 2}" text-anchor="middle" transform="rotate(-90 14 ${MARGIN.top + plotHeight / 2})">${escapeHtml(yLabel)}</text>
${lines.join('\n')}
<g class="legend">${legend.join('')}</g>
</svg>`
}

/** [epoch, value] pairs (epochs 1-based) of the finite values. */
function finitePoints(values: readonly (number | null)[]): [number, number][] {
  const points: [number, number][] = []
  values.forEach((value, index) => {
    if (value !== null && Number.isFinite(value)) points.push([index + 1, value])
  })
  return points
}

/** Every k-th point of a long series, keeping the last, so a chart stays small. */
function thin(points: [number, number][]): [number, number][] {
  if (points.length <= MAX_POINTS) return points
  const step = Math.ceil(points.length / MAX_POINTS)
  const kept = points.filter((_, index) => index % step === 0)
  if (kept[kept.length - 1] !== points[points.length - 1]) kept.push(points[points.length - 1])
  return kept
}
